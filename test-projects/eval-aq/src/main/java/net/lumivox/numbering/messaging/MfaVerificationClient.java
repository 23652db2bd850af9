package net.lumivox.numbering.messaging;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;

/**
 * Two-factor codes for the self-care portal, through Bandwidth MFA.
 */
public class MfaVerificationClient {

    private static final String MFA_BASE = "https://mfa.bandwidth.com/api/v1";

    private final Client client;
    private final String accountId;
    private final String applicationId;

    public MfaVerificationClient(Client client, String accountId, String applicationId) {
        this.client = client;
        this.accountId = accountId;
        this.applicationId = applicationId;
    }

    public String sendCode(String e164Number) {
        String json = """
                {"to": "%s", "from": "+19195550152", "applicationId": "%s", "scope": "login",
                 "message": "Your Lumivox code is {CODE}", "digits": 6}
                """.formatted(e164Number, applicationId);
        return client.target(MFA_BASE + "/accounts/" + accountId + "/code/messaging")
                .request(MediaType.APPLICATION_JSON)
                .post(Entity.json(json), String.class);
    }

    public String verify(String e164Number, String code) {
        String json = """
                {"to": "%s", "scope": "login", "expirationTimeInMinutes": 3, "code": "%s"}
                """.formatted(e164Number, code);
        return client.target("https://mfa.bandwidth.com/api/v1/accounts/{accountId}/code/verify")
                .resolveTemplate("accountId", accountId)
                .request(MediaType.APPLICATION_JSON)
                .post(Entity.json(json), String.class);
    }
}
