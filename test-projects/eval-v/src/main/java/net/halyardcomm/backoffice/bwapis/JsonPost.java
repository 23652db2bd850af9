package net.halyardcomm.backoffice.bwapis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import net.halyardcomm.backoffice.http.BasicAuth;

/** JSON over HttpURLConnection for Bandwidth's other (non-Dashboard) APIs. */
final class JsonPost {

    private JsonPost() {
    }

    static String send(String method, String url, BasicAuth auth, String json) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();
        conn.setRequestMethod(method);
        conn.setRequestProperty("Authorization", auth.headerValue());
        conn.setRequestProperty("Accept", "application/json");
        if (json != null) {
            conn.setDoOutput(true);
            conn.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = conn.getOutputStream()) {
                out.write(json.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = conn.getResponseCode();
        try (InputStream in = status >= 400 ? conn.getErrorStream() : conn.getInputStream()) {
            String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (status >= 400) {
                throw new IOException(method + " " + url + " -> " + status + ": " + body);
            }
            return body;
        } finally {
            conn.disconnect();
        }
    }
}
