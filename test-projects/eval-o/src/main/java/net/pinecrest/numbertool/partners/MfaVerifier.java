package net.pinecrest.numbertool.partners;

import com.google.gson.Gson;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.util.Map;

/**
 * Two-factor check before a destructive command (disconnect, port-out release): a code is texted
 * to the on-call engineer's phone.
 */
public class MfaVerifier {

    private static final String MFA_BASE = "https://mfa.bandwidth.com/api/v1/accounts/";
    private static final MediaType JSON = MediaType.get("application/json");
    private static final Gson GSON = new Gson();

    private final OkHttpClient http;
    private final String accountId;
    private final String applicationId;
    private final String auth;

    public MfaVerifier(OkHttpClient http, String accountId, String applicationId, String user, String password) {
        this.http = http;
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.auth = Credentials.basic(user, password);
    }

    public void sendCode(String engineerE164) throws IOException {
        post(MFA_BASE + accountId + "/code/sms", Map.of(
                "to", engineerE164,
                "from", "+18045550199",
                "applicationId", applicationId,
                "scope", "pnt-disconnect",
                "message", "Your pnt confirmation code is {CODE}",
                "digits", 6));
    }

    public boolean verify(String engineerE164, String code) throws IOException {
        if (code == null || code.length() != 6) {
            return false;
        }
        String body = post(MFA_BASE + accountId + "/code/verify", Map.of(
                "to", engineerE164, "scope", "pnt-disconnect", "expirationTimeInMinutes", 3, "code", code));
        return body.contains("\"valid\":true");
    }

    private String post(String url, Map<String, Object> payload) throws IOException {
        Request request = new Request.Builder().url(url)
                .header("Authorization", auth)
                .post(RequestBody.create(GSON.toJson(payload), JSON))
                .build();
        try (Response response = http.newCall(request).execute()) {
            return response.body() == null ? "" : response.body().string();
        }
    }
}
