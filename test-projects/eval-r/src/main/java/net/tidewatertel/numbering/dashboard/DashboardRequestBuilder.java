package net.tidewatertel.numbering.dashboard;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.WebClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds host-and-path Dashboard requests segment by segment, for callers that need
 * something other than what {@link DashboardHttp} offers (other host, multipart paths).
 */
public final class DashboardRequestBuilder {

  private final WebClient web;
  private final List<String> segments = new ArrayList<>();
  private final Map<String, String> query = new LinkedHashMap<>();
  private HttpMethod method = HttpMethod.GET;
  private String host = DashboardEndpoints.PROD_HOST;
  private int port = DashboardEndpoints.HTTPS_PORT;
  private boolean ssl = true;
  private String username;
  private String password;

  private DashboardRequestBuilder(WebClient web) {
    this.web = web;
  }

  public static DashboardRequestBuilder on(WebClient web) {
    return new DashboardRequestBuilder(web);
  }

  public DashboardRequestBuilder host(String host, int port, boolean ssl) {
    this.host = host;
    this.port = port;
    this.ssl = ssl;
    return this;
  }

  public DashboardRequestBuilder method(HttpMethod method) {
    this.method = method;
    return this;
  }

  public DashboardRequestBuilder segment(String segment) {
    segments.add(segment);
    return this;
  }

  public DashboardRequestBuilder query(String name, Object value) {
    query.put(name, String.valueOf(value));
    return this;
  }

  public DashboardRequestBuilder credentials(String username, String password) {
    this.username = username;
    this.password = password;
    return this;
  }

  public String path() {
    StringBuilder sb = new StringBuilder();
    for (String s : segments) {
      sb.append('/').append(URLEncoder.encode(s, StandardCharsets.UTF_8));
    }
    return sb.length() == 0 ? "/" : sb.toString();
  }

  public HttpRequest<Buffer> build() {
    HttpRequest<Buffer> request = web.request(method, port, host, path()).ssl(ssl);
    query.forEach(request::addQueryParam);
    if (username != null) {
      request.basicAuthentication(username, password);
    }
    return request.putHeader("Accept", DashboardHttp.XML);
  }
}
