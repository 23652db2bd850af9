package net.kestrelwave.provisioning.catapult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Old Catapult search, still used by the white-label tenants that were never moved off their Catapult
 * user. Catapult answers JSON with E.164 numbers.
 */
public class CatapultNumberSearch {

    private static final String LOCAL_SEARCH =
            "https://api.catapult.inetwork.com/v1/users/%s/availableNumbers/local?areaCode=%s&quantity=%d";

    public record CatapultNumber(String number, String nationalNumber, int areaCode, String city) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    private final String userId;
    private final String authorization;

    public CatapultNumberSearch(String userId, String authorization) {
        this.userId = userId;
        this.authorization = authorization;
    }

    public List<CatapultNumber> search(String areaCode, int quantity) throws IOException, InterruptedException {
        URI uri = URI.create(LOCAL_SEARCH.formatted(userId, areaCode, quantity));
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", authorization).GET().build();
        String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        List<CatapultNumber> numbers = new ArrayList<>();
        for (JsonNode node : mapper.readTree(body)) {
            String national = node.path("nationalNumber").asText().replaceAll("\\D", "");
            numbers.add(new CatapultNumber(node.path("number").asText(), national,
                    Integer.parseInt(national.substring(0, 3)), node.path("city").asText()));
        }
        return numbers;
    }
}
