package net.northvale.voice.provisioning.partners;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;

/**
 * Two-factor codes for number-change requests in the portal, through Bandwidth's MFA API.
 */
@ApplicationScoped
public class MfaClient {

    private static final String MFA_BASE = "https://mfa.bandwidth.com/api/v1/accounts/";

    private final Client client = ClientBuilder.newClient();

    public boolean sendVoiceCode(String accountId, String applicationId, String toE164, String from) {
        JsonObject body = Json.createObjectBuilder()
                .add("to", toE164)
                .add("from", from)
                .add("applicationId", applicationId)
                .add("scope", "number-change")
                .add("message", "Your Northvale code is {CODE}")
                .add("digits", 6)
                .build();
        return client.target(MFA_BASE + accountId + "/code/voice")
                .request(MediaType.APPLICATION_JSON)
                .post(Entity.json(body.toString()))
                .getStatus() == 200;
    }

    public boolean verify(String accountId, String applicationId, String toE164, String code) {
        String url = String.format("%s%s/code/verify", MFA_BASE, accountId);
        JsonObject body = Json.createObjectBuilder()
                .add("to", toE164)
                .add("applicationId", applicationId)
                .add("scope", "number-change")
                .add("code", code)
                .add("expirationTimeInMinutes", 3)
                .build();
        JsonObject answer = client.target(url).request(MediaType.APPLICATION_JSON)
                .post(Entity.json(body.toString()), JsonObject.class);
        return answer.getBoolean("valid", false);
    }
}
