package net.tallgrasstel.backoffice.legacy;

import java.io.IOException;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Number search on the old Catapult platform, where the two legacy conferencing customers still
 * live. To be deleted with them.
 */
public class CatapultNumberClient {

    private static final String BASE = "https://api.catapult.inetwork.com/v1";

    private final OkHttpClient http;
    private final String userId;
    private final String credentials;

    public CatapultNumberClient(OkHttpClient http, String userId, String token, String secret) {
        this.http = http;
        this.userId = userId;
        this.credentials = Credentials.basic(token, secret);
    }

    public String localNumbers(String areaCode, int quantity) throws IOException {
        HttpUrl url = HttpUrl.get(BASE + "/users/" + userId + "/availableNumbers/local").newBuilder()
                .addQueryParameter("areaCode", areaCode)
                .addQueryParameter("quantity", String.valueOf(quantity))
                .build();
        return get(url.toString());
    }

    public String localNumbersQuick(String areaCode) throws IOException {
        return get(BASE + "/users/" + userId + "/availableNumbers/local?areaCode=" + areaCode + "&quantity=5");
    }

    private String get(String url) throws IOException {
        Request request = new Request.Builder().url(url).header("Authorization", credentials).build();
        try (Response response = http.newCall(request).execute()) {
            return response.body() == null ? "" : response.body().string();
        }
    }
}
