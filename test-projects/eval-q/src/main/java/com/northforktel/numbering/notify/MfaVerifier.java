package com.northforktel.numbering.notify;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;

/**
 * One-time codes for port-out PIN changes requested through the portal.
 */
@Singleton
public class MfaVerifier {

    private static final String MFA_BASE = "https://mfa.bandwidth.com/api/v1/accounts/";

    private final WebClient client;
    private final String accountId;
    private final String messagingApplicationId;
    private final String user;
    private final String password;

    @Inject
    public MfaVerifier(WebClient client,
                       @Named("mfa.accountId") String accountId,
                       @Named("mfa.messagingApplicationId") String messagingApplicationId,
                       @Named("mfa.username") String user,
                       @Named("mfa.password") String password) {
        this.client = client;
        this.accountId = accountId;
        this.messagingApplicationId = messagingApplicationId;
        this.user = user;
        this.password = password;
    }

    public Future<Void> sendCode(String e164) {
        JsonObject request = new JsonObject()
                .put("to", e164)
                .put("from", "+18445550190")
                .put("applicationId", messagingApplicationId)
                .put("scope", "port-out-pin")
                .put("message", "Your Northfork code is {CODE}")
                .put("digits", 6);
        return client.postAbs(MFA_BASE + accountId + "/code/sms")
                .basicAuthentication(user, password)
                .sendJsonObject(request)
                .mapEmpty();
    }

    public Future<Boolean> verify(String e164, String code) {
        JsonObject request = new JsonObject()
                .put("to", e164)
                .put("scope", "port-out-pin")
                .put("expirationTimeInMinutes", 3)
                .put("code", code);
        return client.postAbs(MFA_BASE + accountId + "/code/verify")
                .basicAuthentication(user, password)
                .sendJsonObject(request)
                .map(resp -> resp.statusCode() == 200 && resp.bodyAsJsonObject().getBoolean("valid", false));
    }
}
