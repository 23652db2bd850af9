package net.cobaltline.inventory.fraud;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Client of Iris, the risk team's fraud-scoring service (internal, not a Bandwidth product).
 * Scores a number before we sell it to a new customer.
 */
public class IrisClient {

    private static final String DEFAULT_ENDPOINT = "https://iris.risk.cobaltline.net/api/v1";

    private final String endpoint;
    private final String tenant;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json = new ObjectMapper();

    public IrisClient(String tenant, String user, String password) {
        this(DEFAULT_ENDPOINT, tenant, user, password);
    }

    public IrisClient(String endpoint, String tenant, String user, String password) {
        this.endpoint = endpoint;
        this.tenant = tenant;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public double score(String e164) throws IOException, InterruptedException {
        URI uri = URI.create(endpoint + "/tenants/" + tenant + "/score?msisdn="
                + URLEncoder.encode(e164, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", authorization).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Iris scoring failed: HTTP " + response.statusCode());
        }
        JsonNode body = json.readTree(response.body());
        return body.path("score").asDouble();
    }
}
