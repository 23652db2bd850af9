package net.pinecrest.numbertool.partners;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Search on the old "Catapult" voice/messaging platform, where the wholesale partner still keeps
 * its pool. Nothing to do with the Dashboard.
 */
public class CatapultNumberSearch {

    private static final String AVAILABLE_LOCAL =
            "https://api.catapult.inetwork.com/v1/users/%s/availableNumbers/local?areaCode=%d&quantity=%d";
    private static final Type LIST = new TypeToken<List<CatapultNumber>>() { }.getType();

    public record CatapultNumber(String number, String nationalNumber, String city, String rateCenter,
                                 String state) {
    }

    private final OkHttpClient http;
    private final String userId;
    private final String auth;

    public CatapultNumberSearch(OkHttpClient http, String userId, String token, String secret) {
        this.http = http;
        this.userId = userId;
        this.auth = Credentials.basic(token, secret);
    }

    public List<CatapultNumber> local(int areaCode, int quantity) throws IOException {
        Request request = new Request.Builder()
                .url(AVAILABLE_LOCAL.formatted(userId, areaCode, quantity))
                .header("Authorization", auth)
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (response.body() == null) {
                return List.of();
            }
            return new Gson().fromJson(response.body().charStream(), LIST);
        }
    }
}
