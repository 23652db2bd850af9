package com.bluepinenet.cdrpipeline.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.client.utils.URIBuilder;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Order and inventory calls for the partner sites pinned to the iNetwork hosts
 * (their SBC firewalls only allow-list those). Blocking Apache client, used by the partner batch.
 */
public class InetworkOrderClient implements AutoCloseable {

    /** Partner endpoints from classpath:iris-endpoints.xml, which the partner team maintains. */
    public record Endpoints(String uri, String testUri, String host) {

        public static Endpoints load() {
            try (InputStream in = InetworkOrderClient.class.getResourceAsStream("/iris-endpoints.xml")) {
                Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
                return new Endpoints(
                        text(doc, "uri", null),
                        text(doc, "testUri", null),
                        text(doc, "host", "api.inetwork.com"));
            } catch (Exception e) {
                throw new IllegalStateException("iris-endpoints.xml unreadable", e);
            }
        }

        private static String text(Document doc, String tag, String fallback) {
            NodeList nodes = doc.getElementsByTagName(tag);
            return nodes.getLength() == 0 ? fallback : nodes.item(0).getTextContent().trim();
        }
    }

    private final CloseableHttpClient http = HttpClients.createDefault();
    private final Endpoints endpoints;
    private final String accountId;
    private final String authorization;

    public InetworkOrderClient(Endpoints endpoints, String accountId, String authorization) {
        this.endpoints = endpoints;
        this.accountId = accountId;
        this.authorization = authorization;
    }

    public URI ordersUri() throws URISyntaxException {
        return new URIBuilder()
                .setScheme("https")
                .setHost(endpoints.host())
                .setPath("/v1.0/accounts/" + accountId + "/orders")
                .build();
    }

    public URI inserviceUri(String areaCode) throws URISyntaxException {
        return new URIBuilder(endpoints.uri())
                .setPath("/v1.0/accounts/" + accountId + "/inserviceNumbers")
                .addParameter("areaCode", areaCode)
                .setParameter("size", "500")
                .build();
    }

    public URI e911Uri() throws URISyntaxException {
        return new URIBuilder(endpoints.uri())
                .setPath(String.format("/v1.0/accounts/%s/addresses", accountId))
                .build();
    }

    public URI sandboxInserviceUri(String areaCode) throws URISyntaxException {
        URIBuilder builder = new URIBuilder(endpoints.testUri() + "/accounts/" + accountId + "/inserviceNumbers");
        builder.setParameter("areacode", areaCode);
        return builder.build();
    }

    public String get(URI uri) throws IOException {
        HttpGet get = new HttpGet(uri);
        get.setHeader("Authorization", authorization);
        try (CloseableHttpResponse response = http.execute(get)) {
            return EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
        }
    }

    public String postOrder(String orderXml) throws IOException, URISyntaxException {
        HttpPost post = new HttpPost(ordersUri());
        post.setHeader("Authorization", authorization);
        post.setEntity(new StringEntity(orderXml, ContentType.APPLICATION_XML));
        try (CloseableHttpResponse response = http.execute(post)) {
            return EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
