package net.pinecrest.numbertool.customer;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.util.List;

/**
 * Our own customer portal API: service addresses and coverage, used to fill in the E911 and
 * subscriber details of orders.
 */
public class CustomerPortalClient {

    public static final String DEFAULT_BASE = "https://api.pinecrest.net/api";

    public record ServiceAddress(String addressId, String line1, String city, String state, String zip,
                                 String areaCode) {
    }

    public record Coverage(String areaCode, String exchange, boolean fiber) {
    }

    private final OkHttpClient http;
    private final String base;
    private final String token;
    private final Gson gson = new Gson();

    public CustomerPortalClient(OkHttpClient http, String base, String token) {
        this.http = http;
        this.base = base;
        this.token = token;
    }

    public List<ServiceAddress> addresses(String customerId) throws IOException {
        String url = base + "/customers/" + customerId + "/addresses";
        return get(url, new TypeToken<List<ServiceAddress>>() { });
    }

    public List<Coverage> coverage(String areaCode) throws IOException {
        HttpUrl url = HttpUrl.get(base + "/coverage").newBuilder()
                .addQueryParameter("areaCode", areaCode)
                .build();
        return get(url.toString(), new TypeToken<List<Coverage>>() { });
    }

    private <T> T get(String url, TypeToken<T> type) throws IOException {
        Request request = new Request.Builder().url(url).header("Authorization", "Bearer " + token).build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful() || response.body() == null) {
                throw new IOException("portal " + url + " -> " + response.code());
            }
            return gson.fromJson(response.body().charStream(), type.getType());
        }
    }
}
