package com.kestrelvoice.numlife.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.client.methods.HttpPut;
import org.apache.http.client.utils.URIBuilder;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/**
 * The wholesale sub-account, reached through the old iNetwork host with a plain HttpClient
 * (inherited from the wholesale team's tooling).
 */
public class LegacyWholesaleClient implements AutoCloseable {

    private final String host;
    private final String accountId;
    private final CloseableHttpClient http;

    public LegacyWholesaleClient(String host, String accountId, String authorizationHeader) {
        this.host = host;
        this.accountId = accountId;
        this.http = HttpClients.custom()
                .setDefaultHeaders(java.util.List.of(new org.apache.http.message.BasicHeader("Authorization", authorizationHeader)))
                .build();
    }

    public String orders() throws IOException, URISyntaxException {
        URI uri = new URIBuilder()
                .setScheme("https")
                .setHost(host)
                .setPath("/v1.0/accounts/" + accountId + "/orders")
                .build();
        return get(uri);
    }

    public String e911Addresses() throws IOException, URISyntaxException {
        URI uri = new URIBuilder().setScheme("https").setHost(host).setPath("/v1.0/accounts/" + accountId + "/addresses").build();
        return get(uri);
    }

    public String availableNumbers(String areaCode, int quantity) throws IOException, URISyntaxException {
        URI uri = new URIBuilder("https://api.inetwork.com/v1.0/accounts/" + accountId + "/availableNumbers")
                .addParameter("areaCode", areaCode)
                .addParameter("quantity", Integer.toString(quantity))
                .build();
        return get(uri);
    }

    public String disconnect(String xmlBody) throws IOException, URISyntaxException {
        HttpPost post = new HttpPost(new URIBuilder()
                .setScheme("https")
                .setHost(host)
                .setPath(DashboardPaths.ACCOUNTS_PREFIX + accountId + "/disconnects")
                .build());
        post.setEntity(new StringEntity(xmlBody, ContentType.APPLICATION_XML));
        try (CloseableHttpResponse response = http.execute(post)) {
            return EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
        }
    }

    public String enableSms(String siteId, String sipPeerId, String tn) throws IOException, URISyntaxException {
        HttpPut put = new HttpPut(new URIBuilder()
                .setScheme("https")
                .setHost(host)
                .setPath("/v1.0/accounts/" + accountId + "/sites/" + siteId + "/sippeers/" + sipPeerId + "/tns/" + tn)
                .build());
        put.setEntity(new StringEntity("<SipPeerTelephoneNumber><FullNumber>" + tn + "</FullNumber>"
                + "<MessagingSettings><SmsEnabled>true</SmsEnabled></MessagingSettings></SipPeerTelephoneNumber>",
                ContentType.APPLICATION_XML));
        try (CloseableHttpResponse response = http.execute(put)) {
            return EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
        }
    }

    private String get(URI uri) throws IOException {
        try (CloseableHttpResponse response = http.execute(new HttpGet(uri))) {
            return EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
