package net.lumivox.numbering.messaging;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;

/**
 * Webhook subscriptions of the toll-free verification process.
 */
public class TollFreeVerificationClient {

    private final Client client;
    private final String accountId;

    public TollFreeVerificationClient(Client client, String accountId) {
        this.client = client;
        this.accountId = accountId;
    }

    public String subscribe(String callbackUrl) {
        String url = String.format("https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions",
                accountId);
        return client.target(url)
                .request(MediaType.APPLICATION_JSON)
                .post(Entity.json("{\"callbackUrl\": \"" + callbackUrl + "\"}"), String.class);
    }

    public String status(String phoneNumber) {
        return client.target("https://api.bandwidth.com/api/v2/accounts/{accountId}/phoneNumbers/{number}/tollFreeVerification")
                .resolveTemplate("accountId", accountId)
                .resolveTemplate("number", phoneNumber)
                .request(MediaType.APPLICATION_JSON)
                .get(String.class);
    }
}
