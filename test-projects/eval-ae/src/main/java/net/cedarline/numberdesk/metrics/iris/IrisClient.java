package net.cedarline.numberdesk.metrics.iris;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Client for Iris, Cedarline's internal metrics platform (no relation to Bandwidth's
 * Dashboard, which happens to have the same code name).
 */
public class IrisClient {

    private static final String INGEST_URL = "https://iris.metrics.cedarline.net/api/v1/series";

    private final String tenant;
    private final String authorization;

    public IrisClient(String tenant, String user, String apiKey) {
        this.tenant = tenant;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + apiKey).getBytes(StandardCharsets.UTF_8));
    }

    public void send(String metric, double value, Map<String, String> tags) {
        String tagJson = tags.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .collect(Collectors.joining(","));
        String json = "{\"tenant\":\"" + tenant + "\",\"metric\":\"" + metric + "\",\"value\":" + value
                + ",\"timestamp\":" + System.currentTimeMillis() / 1000 + ",\"tags\":{" + tagJson + "}}";
        try {
            HttpURLConnection conn = (HttpURLConnection) new URL(INGEST_URL).openConnection();
            conn.setRequestMethod("POST");
            conn.setDoOutput(true);
            conn.setConnectTimeout(2000);
            conn.setRequestProperty("Authorization", authorization);
            conn.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = conn.getOutputStream()) {
                out.write(json.getBytes(StandardCharsets.UTF_8));
            }
            conn.getResponseCode();
            conn.disconnect();
        } catch (IOException e) {
            // metrics are best effort
        }
    }
}
