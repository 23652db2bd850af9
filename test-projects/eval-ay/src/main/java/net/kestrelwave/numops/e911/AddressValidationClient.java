package net.kestrelwave.numops.e911;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Checks a street address with Lob before we register it for E911. */
public class AddressValidationClient {

    private static final String LOB_ADDRESSES = "https://api.lob.com/v1/addresses";
    private static final String LOB_US_VERIFICATIONS = "https://api.lob.com/v1/us_verifications";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String apiKey;

    public AddressValidationClient(String apiKey) {
        this.apiKey = apiKey;
    }

    public boolean isDeliverable(String primaryLine, String city, String state, String zip)
            throws IOException, InterruptedException {
        String body = json.writeValueAsString(java.util.Map.of(
                "primary_line", primaryLine, "city", city, "state", state, "zip_code", zip));
        HttpResponse<String> response = http.send(request(LOB_US_VERIFICATIONS, body), HttpResponse.BodyHandlers.ofString());
        JsonNode node = json.readTree(response.body());
        return "deliverable".equals(node.path("deliverability").asText());
    }

    /** Saves the address in Lob's address book so the mail team can reuse it. */
    public String save(String name, String primaryLine, String city, String state, String zip)
            throws IOException, InterruptedException {
        String body = json.writeValueAsString(java.util.Map.of(
                "name", name, "address_line1", primaryLine, "address_city", city,
                "address_state", state, "address_zip", zip));
        HttpResponse<String> response = http.send(request(LOB_ADDRESSES, body), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body()).path("id").asText();
    }

    private HttpRequest request(String url, String body) {
        String auth = Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
