package net.larkspurtel.provisioning.thirdparty;

import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;

/** Two-factor codes for portal users who change number routing (Bandwidth MFA API). */
public class MfaClient {

    private static final String MFA_BASE = "https://mfa.bandwidth.com/api/v1/accounts/";

    private final HttpRequestFactory requestFactory;
    private final BandwidthOAuth oauth;
    private final String accountId;
    private final String applicationId;

    public MfaClient(HttpRequestFactory requestFactory, BandwidthOAuth oauth, String accountId, String applicationId) {
        this.requestFactory = requestFactory;
        this.oauth = oauth;
        this.accountId = accountId;
        this.applicationId = applicationId;
    }

    public void sendCode(String toE164, String fromE164) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("to", toE164);
        body.addProperty("from", fromE164);
        body.addProperty("applicationId", applicationId);
        body.addProperty("scope", "routing-change");
        body.addProperty("message", "Your Larkspur code is {CODE}");
        body.addProperty("digits", 6);
        post(MFA_BASE + accountId + "/code/sms", body);
    }

    public boolean verify(String toE164, String code) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("to", toE164);
        body.addProperty("scope", "routing-change");
        body.addProperty("expirationTimeInMinutes", 3);
        body.addProperty("code", code);
        String answer = post(MFA_BASE + accountId + "/code/verify", body);
        return JsonParser.parseString(answer).getAsJsonObject().get("valid").getAsBoolean();
    }

    private String post(String url, JsonObject body) throws IOException {
        HttpRequest request = requestFactory.buildPostRequest(new GenericUrl(url),
                ByteArrayContent.fromString("application/json", body.toString()));
        request.getHeaders().setAuthorization("Bearer " + oauth.bearerToken());
        return request.execute().parseAsString();
    }
}
