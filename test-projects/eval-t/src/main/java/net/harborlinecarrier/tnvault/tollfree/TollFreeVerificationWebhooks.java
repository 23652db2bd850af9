package net.harborlinecarrier.tnvault.tollfree;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;

/** Subscribes to toll-free verification status webhooks for our 8XX messaging customers. */
public class TollFreeVerificationWebhooks {

    private static final String SUBSCRIPTIONS_URL =
            "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions";

    private final Client client;
    private final String accountId;

    public TollFreeVerificationWebhooks(Client client, String accountId) {
        this.client = client;
        this.accountId = accountId;
    }

    public String subscribe(String callbackUrl, String user, String password) {
        String json = """
                {"callbackUrl":"%s","basicAuthentication":{"username":"%s","password":"%s"}}
                """.formatted(callbackUrl, user, password);
        return client.target(SUBSCRIPTIONS_URL.formatted(accountId))
                .request(MediaType.APPLICATION_JSON)
                .post(Entity.json(json), String.class);
    }
}
