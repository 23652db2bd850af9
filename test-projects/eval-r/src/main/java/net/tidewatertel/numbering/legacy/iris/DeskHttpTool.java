package net.tidewatertel.numbering.legacy.iris;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPut;
import org.apache.http.client.methods.HttpUriRequest;
import org.apache.http.client.utils.URIBuilder;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/**
 * Raw Dashboard calls of the porting desk CLI that the Iris SDK does not offer. Same host and
 * credentials as the SDK client (legacy/iris-client.xml).
 */
public class DeskHttpTool implements Closeable {

  private final CloseableHttpClient http;
  private final String baseUri;
  private final String accountId;

  public DeskHttpTool(String baseUri, String accountId, String user, String password) {
    BasicCredentialsProvider credentials = new BasicCredentialsProvider();
    credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(user, password));
    this.http = HttpClients.custom().setDefaultCredentialsProvider(credentials).build();
    this.baseUri = baseUri;
    this.accountId = accountId;
  }

  public String portinStatus(String orderId) throws IOException, URISyntaxException {
    return execute(new HttpGet(uri(accountPath("/portins/" + orderId))));
  }

  public String inServiceByAreaCode(String npa) throws IOException, URISyntaxException {
    URI uri = new URIBuilder(baseUri)
        .setPath(accountPath("/inserviceNumbers"))
        .addParameter("areacode", npa)
        .addParameter("size", "1000")
        .build();
    return execute(new HttpGet(uri));
  }

  public String e911AddressesInZip(String zip) throws IOException, URISyntaxException {
    URI uri = new URIBuilder(baseUri)
        .setPath("/v1.0/accounts/" + accountId + "/addresses")
        .addParameter("zip", zip)
        .build();
    return execute(new HttpGet(uri));
  }

  public String externalTnsOrders() throws IOException, URISyntaxException {
    return execute(new HttpGet(uri(accountPath("/externalTns"))));
  }

  /** The desk's kill switch for spam complaints. */
  public String disableSms(String siteId, String sipPeerId, String tn) throws IOException, URISyntaxException {
    HttpPut put = new HttpPut(uri(accountPath("/sites/" + siteId + "/sippeers/" + sipPeerId + "/tns/" + tn)));
    put.setEntity(new StringEntity("<SipPeerTelephoneNumber><FullNumber>" + tn + "</FullNumber>"
        + "<SmsSettings><SmsEnabled>false</SmsEnabled></SmsSettings></SipPeerTelephoneNumber>",
        ContentType.APPLICATION_XML));
    return execute(put);
  }

  private String accountPath(String suffix) {
    return "/v1.0/accounts/" + accountId + suffix;
  }

  private URI uri(String path) throws URISyntaxException {
    return new URIBuilder(baseUri).setPath(path).build();
  }

  private String execute(HttpUriRequest request) throws IOException {
    try (CloseableHttpResponse response = http.execute(request)) {
      String body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity());
      if (response.getStatusLine().getStatusCode() >= 400) {
        throw new IOException(request.getMethod() + " " + request.getURI() + " -> "
            + response.getStatusLine().getStatusCode() + ": " + body);
      }
      return body;
    }
  }

  @Override
  public void close() throws IOException {
    http.close();
  }
}
