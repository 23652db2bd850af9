package net.pinecrest.numbertool.iot;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Client of the "Iris" home-automation hub platform our security division resells. Alarm panels
 * registered there dial out over a POTS line; before we release a number we make sure no panel
 * still uses it.
 */
public class IrisClient {

    private static final String HUB_API = "https://hub.pinecrest-security.net/api/accounts/";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String accountId;
    private final String authorization;

    public IrisClient(String accountId, String userName, String password) {
        this.accountId = accountId;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((userName + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public boolean hasPanelDialing(String tenDigitNumber) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(HUB_API + accountId + "/panels"))
                .header("Authorization", authorization)
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonArray panels = new Gson().fromJson(response.body(), JsonObject.class).getAsJsonArray("panels");
        for (JsonElement panel : panels) {
            JsonElement line = panel.getAsJsonObject().get("reportingLine");
            if (line != null && tenDigitNumber.equals(line.getAsString())) {
                return true;
            }
        }
        return false;
    }
}
