package net.cascadiatel.provisioning.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import play.libs.ws.WSAuthScheme;
import play.libs.ws.WSClient;
import play.libs.ws.WSResponse;

/**
 * The old Catapult account still owns the numbers of the 2016 acquisition (Coos Bay).
 * Read-only; nothing new is ordered there.
 */
@Singleton
public class CatapultNumberClient {

    private static final String LOCAL_SEARCH = "https://api.catapult.inetwork.com/v1/users/%s/availableNumbers/local?areaCode=%s&quantity=%d";

    private final WSClient ws;
    private final String baseUrl;
    private final String userId;
    private final String token;
    private final String secret;

    @Inject
    public CatapultNumberClient(WSClient ws, @Named("catapult.baseUrl") String baseUrl) {
        this.ws = ws;
        this.baseUrl = baseUrl;
        this.userId = System.getenv().getOrDefault("CATAPULT_USER_ID", "u-cascadia");
        this.token = System.getenv().getOrDefault("CATAPULT_TOKEN", "");
        this.secret = System.getenv().getOrDefault("CATAPULT_SECRET", "");
    }

    public CompletionStage<List<String>> localNumbers(int areaCode, int quantity) {
        return ws.url(String.format(LOCAL_SEARCH, userId, areaCode, quantity))
                .setAuth(token, secret, WSAuthScheme.BASIC)
                .get()
                .thenApply(CatapultNumberClient::numbers);
    }

    public CompletionStage<List<String>> tollFree(String pattern) {
        return ws.url(baseUrl + "/users/" + userId + "/availableNumbers/tollFree")
                .addQueryParameter("pattern", pattern)
                .setAuth(token, secret, WSAuthScheme.BASIC)
                .get()
                .thenApply(CatapultNumberClient::numbers);
    }

    public CompletionStage<List<String>> ownedInAreaCode(String areaCode) {
        return ws.url(baseUrl + "/users/" + userId + "/phoneNumbers")
                .addQueryParameter("areaCode", areaCode)
                .setAuth(token, secret, WSAuthScheme.BASIC)
                .get()
                .thenApply(CatapultNumberClient::numbers);
    }

    private static List<String> numbers(WSResponse response) {
        List<String> numbers = new ArrayList<>();
        for (JsonNode n : response.asJson()) {
            numbers.add(n.path("number").asText());
        }
        return numbers;
    }
}
