package net.kestrelwave.provisioning.fraud;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Client for Iris Risk, the fraud-scoring vendor that screens bulk number orders. Same name as the
 * Bandwidth SDK class, unrelated product.
 */
public class IrisClient {

    private static final String SCORE_URL = "https://api.irisrisk.example/v1/accounts/%s/score";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String accountId;
    private final String authorization;

    public IrisClient(String accountId, String apiUser, String apiKey) {
        this.accountId = accountId;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((apiUser + ":" + apiKey).getBytes(StandardCharsets.UTF_8));
    }

    public int score(String tenantId, int quantity, String ipAddress) throws IOException, InterruptedException {
        String json = "{\"tenant\":\"" + tenantId + "\",\"quantity\":" + quantity + ",\"ip\":\"" + ipAddress + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(SCORE_URL.formatted(accountId)))
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        return Integer.parseInt(body.replaceAll("\\D", ""));
    }
}
