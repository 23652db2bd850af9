package net.pinecrest.numbertool.partners;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Carrier / line-type lookups (used before porting a number in) and toll-free verification status,
 * both on the vendor's unified API host.
 */
public class NumberLookupClient {

    private static final String LOOKUP_URL = "https://api.bandwidth.com/v2/accounts/%s/phoneNumberLookup";
    private static final String TFV_WEBHOOKS =
            "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions";
    private static final MediaType JSON = MediaType.get("application/json");
    private static final Gson GSON = new Gson();

    private final OkHttpClient http;
    private final String accountId;
    private final String auth;

    public NumberLookupClient(OkHttpClient http, String accountId, String user, String password) {
        this.http = http;
        this.accountId = accountId;
        this.auth = Credentials.basic(user, password);
    }

    public String startLookup(List<String> e164Numbers) throws IOException {
        JsonObject body = new JsonObject();
        body.add("phoneNumbers", GSON.toJsonTree(e164Numbers));
        return post(LOOKUP_URL.formatted(accountId), GSON.toJson(body));
    }

    /** Checks the lookup service with the number the vendor's docs use for the demo. */
    public String selfTest() throws IOException {
        return startLookup(List.of("+19195551234"));
    }

    public String registerTollFreeWebhook(String callbackUrl) throws IOException {
        return post(TFV_WEBHOOKS.formatted(accountId), GSON.toJson(Map.of("callbackUrl", callbackUrl)));
    }

    private String post(String url, String json) throws IOException {
        Request request = new Request.Builder().url(url)
                .header("Authorization", auth)
                .post(RequestBody.create(json, JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            return response.body() == null ? "" : response.body().string();
        }
    }
}
