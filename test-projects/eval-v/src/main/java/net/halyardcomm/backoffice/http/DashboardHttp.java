package net.halyardcomm.backoffice.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Thin HttpURLConnection wrapper for the Dashboard XML API. All paths are relative to the
 * configured base URL and start with {@code /accounts/...}.
 */
public class DashboardHttp {

    private static final Logger LOG = Logger.getLogger(DashboardHttp.class.getName());
    private static final String XML = "application/xml; charset=utf-8";

    private final String baseUrl;
    private final BasicAuth auth;
    private final int timeoutMillis;

    public DashboardHttp(String baseUrl, BasicAuth auth, int timeoutMillis) {
        this.baseUrl = stripTrailingSlash(baseUrl);
        this.auth = auth;
        this.timeoutMillis = timeoutMillis;
    }

    public DashboardHttp(String baseUrl, BasicAuth auth) {
        this(baseUrl, auth, 30_000);
    }

    public HttpResult get(String path) {
        return send("GET", path, null);
    }

    public HttpResult post(String path, String xml) {
        return send("POST", path, xml);
    }

    public HttpResult put(String path, String xml) {
        return send("PUT", path, xml);
    }

    public HttpResult delete(String path) {
        return send("DELETE", path, null);
    }

    public String baseUrl() {
        return baseUrl;
    }

    protected HttpResult send(String method, String path, String body) {
        String target = baseUrl + (path.startsWith("/") ? path : "/" + path);
        LOG.fine(() -> method + " " + target);
        HttpURLConnection conn = null;
        try {
            conn = (HttpURLConnection) new URL(target).openConnection();
            conn.setRequestMethod(method);
            conn.setConnectTimeout(timeoutMillis);
            conn.setReadTimeout(timeoutMillis);
            conn.setRequestProperty("Authorization", auth.headerValue());
            conn.setRequestProperty("Accept", "application/xml");
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
            if (status >= 500) {
                LOG.log(Level.WARNING, "Dashboard {0} {1} failed with {2}", new Object[] {method, target, status});
            }
            return new HttpResult(status, text, conn.getHeaderFields());
        } catch (IOException e) {
            throw new DashboardException(method + " " + target + " failed", e);
        } finally {
            if (conn != null) {
                conn.disconnect();
            }
        }
    }

    private static String readAll(InputStream in) throws IOException {
        try (InputStream is = in) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            int n;
            while ((n = is.read(chunk)) != -1) {
                buf.write(chunk, 0, n);
            }
            return new String(buf.toByteArray(), StandardCharsets.UTF_8);
        }
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
