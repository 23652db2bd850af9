package com.cascadia.numprov.iris;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Base64;
import java.util.Map;

/**
 * Client for the accounts that still live on the old iNetwork host. Uses HttpURLConnection
 * because it predates the java.net.http migration and nobody wanted to retest it.
 */
public class LegacyInetworkClient {

    static final String DEFAULT_LEGACY_URL = "https://api.inetwork.com/v1.0";

    private final URI base;
    private final String accountId;
    private final String authorization;

    public LegacyInetworkClient(Map<String, String> jobConfig, String accountId, String user, String password) {
        this.base = URI.create(jobConfig.getOrDefault("reconciliation.legacy.base-url", DEFAULT_LEGACY_URL));
        this.accountId = accountId;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public String orders(String status) throws IOException {
        try {
            URI uri = new URI(base.getScheme(), base.getHost(),
                    IrisPaths.INETWORK_ACCOUNTS + accountId + "/orders", "status=" + status, null);
            return request("GET", uri.toString(), null);
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    public String inServiceNumbers(String npa) throws IOException {
        return request("GET", MessageFormat.format("{0}/accounts/{1}/inserviceNumbers?areaCode={2}",
                base, accountId, npa), null);
    }

    public String e911Address(String addressId) throws IOException {
        return request("GET", MessageFormat.format("{0}/accounts/{1}/addresses/{2}", base, accountId, addressId), null);
    }

    public String startReport(String reportId, String instanceXml) throws IOException {
        return request("POST", base + "/accounts/" + accountId + "/reports/" + reportId + "/instances", instanceXml);
    }

    private String request(String method, String url, String body) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) URI.create(url).toURL().openConnection();
        conn.setRequestMethod(method);
        conn.setRequestProperty("Authorization", authorization);
        conn.setRequestProperty("Accept", "application/xml");
        conn.setConnectTimeout(10_000);
        conn.setReadTimeout(60_000);
        if (body != null) {
            conn.setDoOutput(true);
            conn.setRequestProperty("Content-Type", "application/xml");
            try (OutputStream out = conn.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = conn.getResponseCode();
        try (InputStream in = status < 400 ? conn.getInputStream() : conn.getErrorStream()) {
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (status >= 400) {
                throw new IrisApiException(method, url, status, text);
            }
            return text;
        } finally {
            conn.disconnect();
        }
    }
}
