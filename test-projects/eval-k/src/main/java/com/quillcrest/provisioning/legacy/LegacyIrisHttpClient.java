package com.quillcrest.provisioning.legacy;

import org.apache.http.HttpResponse;
import org.apache.http.client.HttpClient;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.client.methods.HttpPut;
import org.apache.http.client.utils.URIBuilder;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Apache HttpClient based client from the Java days. The porting and E911 jobs still use it;
 * it talks to whatever base URL it is given (normally {@link IrisConstants#IRIS_BASE_URL}).
 */
public class LegacyIrisHttpClient {

    private final String baseUrl;
    private final String accountId;
    private final String authHeader;
    private final HttpClient http = HttpClients.createDefault();

    public LegacyIrisHttpClient(String baseUrl, String accountId, String user, String password) {
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.authHeader = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public String getE911Addresses() throws IOException {
        return get(URI.create(String.format("%s/accounts/%s/addresses", baseUrl, accountId)));
    }

    public String getE911Address(String addressId) throws IOException {
        return get(URI.create(baseUrl + "/accounts/" + accountId + IrisConstants.ADDRESSES + "/" + addressId));
    }

    public String getOrder(String orderId) throws IOException, URISyntaxException {
        URI uri = new URIBuilder(baseUrl)
                .setPath(IrisConstants.ACCOUNTS_PATH + accountId + IrisConstants.ORDERS + "/" + orderId)
                .build();
        return get(uri);
    }

    public String createOrder(String orderXml) throws IOException, URISyntaxException {
        URI uri = new URIBuilder(baseUrl).setPath(IrisConstants.ACCOUNTS_PATH + accountId + IrisConstants.ORDERS).build();
        HttpPost post = new HttpPost(uri);
        post.setHeader("Authorization", authHeader);
        post.setEntity(new StringEntity(orderXml, ContentType.APPLICATION_XML));
        HttpResponse response = http.execute(post);
        return EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
    }

    public String getPortIn(String orderId) throws IOException, URISyntaxException {
        URI uri = new URIBuilder(baseUrl)
                .setPath(IrisConstants.ACCOUNTS_PATH + accountId + IrisConstants.PORTINS + "/" + orderId)
                .build();
        return get(uri);
    }

    public String searchAvailable(String areaCode, int quantity) throws IOException, URISyntaxException {
        URI uri = new URIBuilder(baseUrl + "/accounts/" + accountId + "/availableNumbers")
                .addParameter("areaCode", areaCode)
                .addParameter("quantity", String.valueOf(quantity))
                .build();
        return get(uri);
    }

    public String getInServiceNumbers(String npa, int page) throws IOException, URISyntaxException {
        URI uri = new URIBuilder(baseUrl)
                .setPath(IrisConstants.ACCOUNTS_PATH + accountId + "/inserviceNumbers")
                .setParameter("areacode", npa)
                .setParameter("page", String.valueOf(page))
                .setParameter("size", "1000")
                .build();
        return get(uri);
    }

    public String createPortIn(String lnpOrderXml) throws IOException, URISyntaxException {
        URI uri = new URIBuilder(baseUrl).setPath(IrisConstants.ACCOUNTS_PATH + accountId + IrisConstants.PORTINS).build();
        HttpPost post = new HttpPost(uri);
        post.setHeader("Authorization", authHeader);
        post.setEntity(new StringEntity(lnpOrderXml, ContentType.APPLICATION_XML));
        HttpResponse response = http.execute(post);
        return EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
    }

    /** Turns SMS on or off for one number on a SIP peer (the way it was done in 2017). */
    public void setSms(String siteId, String sipPeerId, String tn, boolean enabled) throws IOException {
        String url = baseUrl + "/accounts/" + accountId + "/sites/" + siteId
                + "/sippeers/" + sipPeerId + "/tns/" + tn;
        String body = "<SipPeerTelephoneNumber><FullNumber>" + tn + "</FullNumber>"
                + "<MessagingSettings><SmsEnabled>" + enabled + "</SmsEnabled></MessagingSettings>"
                + "</SipPeerTelephoneNumber>";
        HttpPut put = new HttpPut(url);
        put.setHeader("Authorization", authHeader);
        put.setEntity(new StringEntity(body, ContentType.APPLICATION_XML));
        HttpResponse response = http.execute(put);
        EntityUtils.consumeQuietly(response.getEntity());
    }

    private String get(URI uri) throws IOException {
        HttpGet get = new HttpGet(uri);
        get.setHeader("Authorization", authHeader);
        get.setHeader("Accept", "application/xml");
        HttpResponse response = http.execute(get);
        return EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
    }
}
