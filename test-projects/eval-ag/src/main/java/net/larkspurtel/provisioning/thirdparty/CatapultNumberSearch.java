package net.larkspurtel.provisioning.thirdparty;

import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Search against the old Catapult application platform, still used by the white-label
 * reseller tenants that were never moved. Not the Dashboard.
 */
public class CatapultNumberSearch {

    private static final String CATAPULT = "https://api.catapult.inetwork.com/v1/users/";

    private final HttpRequestFactory requestFactory;
    private final String userId;
    private final String token;
    private final String secret;

    public CatapultNumberSearch(HttpRequestFactory requestFactory, String userId, String token, String secret) {
        this.requestFactory = requestFactory;
        this.userId = userId;
        this.token = token;
        this.secret = secret;
    }

    public List<String> localNumbers(String areaCode, int quantity) throws IOException {
        GenericUrl url = new GenericUrl(CATAPULT + userId + "/availableNumbers/local");
        url.set("areaCode", areaCode);
        url.set("quantity", quantity);
        HttpRequest request = requestFactory.buildGetRequest(url);
        request.getHeaders().setBasicAuthentication(token, secret);
        JsonArray found = JsonParser.parseString(request.execute().parseAsString()).getAsJsonArray();
        List<String> numbers = new ArrayList<>();
        for (JsonElement e : found) {
            numbers.add(e.getAsJsonObject().get("number").getAsString());
        }
        return numbers;
    }
}
