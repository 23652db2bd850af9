package net.harborlight.numops.legacy;

import java.util.List;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import kong.unirest.Unirest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Number search on the old Catapult voice platform, still used by the two wholesale customers
 * that were never moved. Catapult is a separate product with its own search API.
 */
@Component
public class CatapultNumberSearch {

    private static final String LOCAL_SEARCH =
            "https://api.catapult.inetwork.com/v1/users/{userId}/availableNumbers/local";

    public record CatapultNumber(String number, String nationalNumber, String city, String rateCenter) {
    }

    private final Gson gson;
    private final String userId;
    private final String token;
    private final String secret;

    public CatapultNumberSearch(Gson gson,
                                @Value("${catapult.user-id:}") String userId,
                                @Value("${catapult.token:}") String token,
                                @Value("${catapult.secret:}") String secret) {
        this.gson = gson;
        this.userId = userId;
        this.token = token;
        this.secret = secret;
    }

    public List<CatapultNumber> search(String areaCode, int quantity) {
        String body = Unirest.get(LOCAL_SEARCH)
                .routeParam("userId", userId)
                .queryString("areaCode", areaCode)
                .queryString("quantity", quantity)
                .basicAuth(token, secret)
                .asString()
                .getBody();
        return gson.fromJson(body, new TypeToken<List<CatapultNumber>>() { }.getType());
    }

    public String searchUrl(String areaCode) {
        return "https://api.catapult.inetwork.com/v1/users/" + userId + "/availableNumbers/local?areaCode=" + areaCode;
    }
}
