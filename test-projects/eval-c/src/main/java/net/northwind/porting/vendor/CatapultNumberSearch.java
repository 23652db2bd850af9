package net.northwind.porting.vendor;

import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;

/**
 * Number search on the old Catapult platform, still used for the two resellers that were never
 * moved off it. (Catapult's areaCode filter has nothing to do with the Dashboard API.)
 */
public class CatapultNumberSearch {

    private static final String LOCAL_SEARCH =
            "https://api.catapult.inetwork.com/v1/users/%s/availableNumbers/local?areaCode=%s&quantity=%d";

    private final OkHttpClient http = new OkHttpClient();
    private final String userId;
    private final String credentials;

    public CatapultNumberSearch(String userId, String token, String secret) {
        this.userId = userId;
        this.credentials = Credentials.basic(token, secret);
    }

    public String searchLocal(String areaCode, int quantity) throws IOException {
        return call(HttpUrl.get(LOCAL_SEARCH.formatted(userId, areaCode, quantity)));
    }

    public String searchLocalPaged(String areaCode) throws IOException {
        HttpUrl url = HttpUrl.get("https://api.catapult.inetwork.com/v1/").newBuilder()
                .addPathSegments("users/" + userId + "/availableNumbers/local")
                .addQueryParameter("areaCode", areaCode)
                .addQueryParameter("quantity", "5")
                .build();
        return call(url);
    }

    private String call(HttpUrl url) throws IOException {
        Request request = new Request.Builder().url(url).header("Authorization", credentials).build();
        try (Response response = http.newCall(request).execute()) {
            return response.body() == null ? "" : response.body().string();
        }
    }
}
