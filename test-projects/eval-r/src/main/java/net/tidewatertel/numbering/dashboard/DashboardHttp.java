package net.tidewatertel.numbering.dashboard;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin wrapper over the WebClient for account-level Dashboard calls: base URL, account,
 * basic auth, XML content type and status handling.
 */
@Singleton
public class DashboardHttp {

  private static final Logger LOG = LoggerFactory.getLogger(DashboardHttp.class);

  public static final String XML = "application/xml";

  private final WebClient web;
  private final String baseUrl;
  private final String accountId;
  private final String username;
  private final String password;
  private final long timeoutMs;

  @Inject
  public DashboardHttp(WebClient web,
                       @Named("dashboard.base-url") String baseUrl,
                       @Named("dashboard.account-id") String accountId,
                       @Named("dashboard.username") String username,
                       @Named("dashboard.password") String password,
                       @Named("dashboard.timeout-ms") long timeoutMs) {
    this.web = web;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.accountId = accountId;
    this.username = username;
    this.password = password;
    this.timeoutMs = timeoutMs;
  }

  public String baseUrl() {
    return baseUrl;
  }

  public String accountId() {
    return accountId;
  }

  /**
   * Absolute URL of an account-level resource: {@code accountUrl("/orders")} gives
   * https://dashboard.bandwidth.com/api/accounts/9900417/orders in production.
   */
  public String accountUrl(String suffix) {
    return baseUrl + "/accounts/" + accountId + suffix;
  }

  /** Absolute URL of a path that already names the account (endpoint templates). */
  public String url(String path) {
    return baseUrl + path;
  }

  public HttpRequest<Buffer> get(String suffix) {
    return authorize(web.getAbs(accountUrl(suffix)));
  }

  public HttpRequest<Buffer> post(String suffix) {
    return authorize(web.postAbs(accountUrl(suffix)));
  }

  public HttpRequest<Buffer> put(String suffix) {
    return authorize(web.putAbs(accountUrl(suffix)));
  }

  public HttpRequest<Buffer> getAbsolute(String url) {
    return authorize(web.getAbs(url));
  }

  public HttpRequest<Buffer> postAbsolute(String url) {
    return authorize(web.postAbs(url));
  }

  public Future<String> getXml(String suffix) {
    return get(suffix).send().compose(resp -> body(resp, "GET " + suffix));
  }

  public Future<String> postXml(String suffix, String xml) {
    return post(suffix)
        .putHeader(HttpHeaders.CONTENT_TYPE.toString(), XML)
        .sendBuffer(Buffer.buffer(xml))
        .compose(resp -> body(resp, "POST " + suffix));
  }

  public Future<String> putXml(String suffix, String xml) {
    return put(suffix)
        .putHeader(HttpHeaders.CONTENT_TYPE.toString(), XML)
        .sendBuffer(Buffer.buffer(xml))
        .compose(resp -> body(resp, "PUT " + suffix));
  }

  public Future<Void> delete(String suffix) {
    return authorize(web.deleteAbs(accountUrl(suffix)))
        .send()
        .compose(resp -> body(resp, "DELETE " + suffix))
        .mapEmpty();
  }

  HttpRequest<Buffer> authorize(HttpRequest<Buffer> request) {
    return request
        .basicAuthentication(username, password)
        .putHeader(HttpHeaders.ACCEPT.toString(), XML)
        .timeout(timeoutMs);
  }

  public static Future<String> body(HttpResponse<Buffer> response, String operation) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      String text = response.bodyAsString();
      return Future.succeededFuture(text == null ? "" : text);
    }
    LOG.warn("Dashboard {} answered {}: {}", operation, status, response.bodyAsString());
    return Future.failedFuture(new DashboardException(operation, status, response.bodyAsString()));
  }

  /** Order and import ids come back in the Location header of 201 answers. */
  public static String idFromLocation(HttpResponse<Buffer> response) {
    String location = response.getHeader(HttpHeaders.LOCATION.toString());
    if (location == null) {
      return null;
    }
    return location.substring(location.lastIndexOf('/') + 1);
  }
}
