package net.cascadiatel.provisioning.mfa;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.config.IrisSettings;
import play.libs.Json;
import play.libs.ws.WSAuthScheme;
import play.libs.ws.WSClient;
import play.libs.ws.WSResponse;

/** Two-factor codes for port-out PIN changes, via Bandwidth MFA. */
@Singleton
public class MfaVerificationClient {

    private final WSClient ws;
    private final IrisSettings settings;
    private final String baseUrl;

    @Inject
    public MfaVerificationClient(WSClient ws, IrisSettings settings, @Named("mfa.baseUrl") String baseUrl) {
        this.ws = ws;
        this.settings = settings;
        this.baseUrl = baseUrl;
    }

    public CompletionStage<WSResponse> sendCode(String toE164) {
        ObjectNode body = Json.newObject()
                .put("to", toE164)
                .put("from", "+15035550188")
                .put("applicationId", settings.accountId())
                .put("scope", "port-out-pin")
                .put("message", "Your Cascadia Telecom code is {CODE}")
                .put("digits", 6);
        return ws.url("https://mfa.bandwidth.com/api/v1/accounts/" + settings.accountId() + "/code/sms")
                .setAuth(settings.username(), settings.password(), WSAuthScheme.BASIC)
                .post(body);
    }

    public CompletionStage<Boolean> verify(String toE164, String code) {
        ObjectNode body = Json.newObject()
                .put("to", toE164)
                .put("scope", "port-out-pin")
                .put("expirationTimeInMinutes", 3)
                .put("code", code);
        return ws.url(baseUrl + "/accounts/" + settings.accountId() + "/code/verify")
                .setAuth(settings.username(), settings.password(), WSAuthScheme.BASIC)
                .post(body)
                .thenApply(r -> r.asJson().path("valid").asBoolean(false));
    }
}
