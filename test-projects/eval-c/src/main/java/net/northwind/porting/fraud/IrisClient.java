package net.northwind.porting.fraud;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Client for "Iris", the payments team's fraud-scoring service. Unrelated to the carrier SDK of
 * the same name; we screen port-in requests with it before submitting them.
 */
public class IrisClient {

    private static final String SCORE_URL = "https://iris-risk.northwind-telco.net/api/v1/score";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String tenantId;
    private final String authorization;

    public IrisClient(String tenantId, String keyId, String secret) {
        this.tenantId = tenantId;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((keyId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    public double score(String tn, String resellerId) throws IOException, InterruptedException {
        String body = "{\"tenant\":\"" + tenantId + "\",\"tn\":\"" + tn + "\",\"reseller\":\"" + resellerId + "\"}";
        HttpRequest req = HttpRequest.newBuilder(URI.create(SCORE_URL))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        String response = http.send(req, HttpResponse.BodyHandlers.ofString()).body();
        int at = response.indexOf("\"score\":");
        return at < 0 ? 0.0 : Double.parseDouble(response.substring(at + 8).replaceAll("[^0-9.].*$", ""));
    }
}
