package net.prairiewave.numbering.legacy;

import io.helidon.webclient.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Searches numbers through the old Catapult API for the two white-label resellers that still
 * have Catapult accounts. Not part of the Dashboard integration.
 */
public class CatapultNumberFinder {

    private static final String CATAPULT = "https://api.catapult.inetwork.com/v1/users/%s/availableNumbers/local";

    private final WebClient client;
    private final String userId;

    public CatapultNumberFinder(WebClient client, String userId) {
        this.client = client;
        this.userId = userId;
    }

    public List<String> search(String areaCode, int quantity) {
        String json = client.get()
                .uri(String.format(CATAPULT, userId))
                .queryParam("areaCode", areaCode)
                .queryParam("quantity", Integer.toString(quantity))
                .request(String.class)
                .await();
        List<String> numbers = new ArrayList<>();
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            JsonArray arr = r.readArray();
            for (int i = 0; i < arr.size(); i++) {
                numbers.add(arr.getJsonObject(i).getString("number"));
            }
        }
        return numbers;
    }
}
