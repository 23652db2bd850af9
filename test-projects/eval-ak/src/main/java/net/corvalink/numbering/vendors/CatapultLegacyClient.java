package net.corvalink.numbering.vendors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.corvalink.numbering.config.NumberingConfig;
import org.apache.hc.client5.http.fluent.Request;
import org.apache.hc.core5.http.HttpHeaders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The old Bandwidth application platform ("Catapult"). A few legacy customers
 * still get numbers from it when the Dashboard has none in their area code.
 */
public class CatapultLegacyClient {

    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private final String userId;

    public CatapultLegacyClient(NumberingConfig config) {
        this.baseUrl = config.catapultBaseUrl();
        this.userId = config.catapultUserId();
    }

    public List<String> localNumbers(int areaCode, int quantity) throws IOException {
        String url = "https://api.catapult.inetwork.com/v1/users/" + userId
                + "/availableNumbers/local?areaCode=" + areaCode + "&quantity=" + quantity;
        JsonNode list = json.readTree(Request.get(url)
                .addHeader(HttpHeaders.AUTHORIZATION, auth())
                .execute()
                .returnContent()
                .asString());
        List<String> numbers = new ArrayList<>();
        for (JsonNode n : list) {
            String national = n.path("nationalNumber").asText().replaceAll("[^0-9]", "");
            if (national.length() == 10) {
                numbers.add(national);
            }
        }
        return numbers;
    }

    public void allocate(String number) throws IOException {
        Request.post(baseUrl + "/users/" + userId + "/availableNumbers/local?number=" + number)
                .addHeader(HttpHeaders.AUTHORIZATION, auth())
                .execute()
                .discardContent();
    }

    private String auth() {
        String pair = System.getenv().getOrDefault("CATAPULT_TOKEN", "") + ":"
                + System.getenv().getOrDefault("CATAPULT_SECRET", "");
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
