package net.cedarline.numberdesk.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cedarline.numberdesk.config.LegacyDashboardProperties;

/**
 * Plain HttpURLConnection client for the Dashboard API, basic auth, XML in and out.
 * Written in 2016 and kept because it has no dependencies and never broke.
 */
public class DashboardHttp implements DashboardTransport {

    private static final Logger log = LoggerFactory.getLogger(DashboardHttp.class);
    private static final String XML = "application/xml; charset=utf-8";

    private final String authorization;
    private final int connectTimeoutMs;
    private final int readTimeoutMs;

    public DashboardHttp(String username, String password) {
        this(username, password,
                LegacyDashboardProperties.intValue("dashboard.connectTimeoutMs", 5000),
                LegacyDashboardProperties.intValue("dashboard.readTimeoutMs", 30000));
    }

    public DashboardHttp(String username, String password, int connectTimeoutMs, int readTimeoutMs) {
        String token = username + ":" + password;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
        this.connectTimeoutMs = connectTimeoutMs;
        this.readTimeoutMs = readTimeoutMs;
    }

    @Override
    public DashboardResponse get(String url) {
        return send("GET", url, null);
    }

    @Override
    public DashboardResponse post(String url, String xml) {
        return send("POST", url, xml);
    }

    @Override
    public DashboardResponse put(String url, String xml) {
        return send("PUT", url, xml);
    }

    @Override
    public DashboardResponse delete(String url) {
        return send("DELETE", url, null);
    }

    private DashboardResponse send(String method, String url, String body) {
        HttpURLConnection conn = null;
        long started = System.currentTimeMillis();
        try {
            conn = (HttpURLConnection) new URL(url).openConnection();
            conn.setRequestMethod(method);
            conn.setConnectTimeout(connectTimeoutMs);
            conn.setReadTimeout(readTimeoutMs);
            conn.setRequestProperty("Authorization", authorization);
            conn.setRequestProperty("Accept", "application/xml");
            conn.setRequestProperty("User-Agent", "cedarline-numberdesk/3.7");
            if (body != null) {
                conn.setDoOutput(true);
                conn.setRequestProperty("Content-Type", XML);
                try (OutputStream out = conn.getOutputStream()) {
                    out.write(body.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = conn.getResponseCode();
            InputStream in = status >= 400 ? conn.getErrorStream() : conn.getInputStream();
            String text = in == null ? "" : readAll(in);
            if (status == 404) {
                log.warn("Dashboard 404 on {} {} - v1 paths look like https://dashboard.bandwidth.com/api/accounts/<id>/..., check the base URL", method, url);
            } else if (status >= 400) {
                log.warn("Dashboard {} {} -> {}: {}", method, url, status, text);
            }
            log.debug("{} {} -> {} in {} ms", method, url, status, System.currentTimeMillis() - started);
            return new DashboardResponse(status, text, conn.getHeaderFields());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + " failed", e);
        } finally {
            if (conn != null) {
                conn.disconnect();
            }
        }
    }

    private static String readAll(InputStream in) throws IOException {
        try (InputStream input = in) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            int n;
            while ((n = input.read(chunk)) != -1) {
                buffer.write(chunk, 0, n);
            }
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }
}
