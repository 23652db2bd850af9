package com.lumenline.provisioning.legacy;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.utils.URIBuilder;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/**
 * Port-in status look-ups for the tenants migrated from the 2016 platform. Still reads its
 * endpoint from {@code iris-legacy.xml}; see {@link LegacyIrisConfigLoader}.
 */
public class LegacyInetworkClient implements AutoCloseable {

    private final LegacyIrisConfigLoader.LegacyIrisConfig config;
    private final CloseableHttpClient http;

    public LegacyInetworkClient(LegacyIrisConfigLoader.LegacyIrisConfig config) {
        this.config = config;
        this.http = HttpClients.createDefault();
    }

    public String portInStatus(String accountId, String orderId) throws IOException, URISyntaxException {
        URI uri = new URIBuilder(config.uri())
                .setPath(accountPath(accountId, "portins/" + orderId))
                .build();
        return get(uri);
    }

    public String orders(String accountId, int page) throws IOException, URISyntaxException {
        URI uri = new URIBuilder(config.uri())
                .setPath(accountPath(accountId, "orders"))
                .addParameter("page", Integer.toString(page))
                .addParameter("size", "300")
                .build();
        return get(uri);
    }

    private static String accountPath(String accountId, String suffix) {
        return "/v1.0/accounts/" + accountId + "/" + suffix;
    }

    private String get(URI uri) throws IOException {
        HttpGet get = new HttpGet(uri);
        get.setHeader("Authorization", config.basicAuthHeader());
        try (CloseableHttpResponse response = http.execute(get)) {
            return EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
