package net.tallgrasstel.backoffice.mfa;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Second factor for ops console logins that approve port-outs, via Bandwidth MFA. */
public class MfaClient {

    private static final String BASE = "https://mfa.bandwidth.com/api/v1";
    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final String accountId;
    private final String applicationId;

    public MfaClient(OkHttpClient http, String accountId, String applicationId) {
        this.http = http;
        this.accountId = accountId;
        this.applicationId = applicationId;
    }

    public void sendCode(String agentMobileE164) throws IOException {
        Map<String, Object> body = Map.of(
                "to", agentMobileE164,
                "from", "+13165550176",
                "applicationId", applicationId,
                "scope", "portout-approval",
                "message", "Your Tallgrass approval code is {CODE}",
                "digits", 6);
        post(BASE + "/accounts/" + accountId + "/code/sms", body);
    }

    public boolean verify(String agentMobileE164, String code) throws IOException {
        Map<String, Object> body = Map.of(
                "to", agentMobileE164,
                "scope", "portout-approval",
                "expirationTimeInMinutes", 3,
                "code", code);
        String response = post(BASE + "/accounts/" + accountId + "/code/verify", body);
        return json.readTree(response).path("verified").asBoolean(false);
    }

    private String post(String url, Map<String, Object> body) throws IOException {
        Request request = new Request.Builder()
                .url(url)
                .post(RequestBody.create(json.writeValueAsString(body), JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            return response.body() == null ? "{}" : response.body().string();
        }
    }
}
