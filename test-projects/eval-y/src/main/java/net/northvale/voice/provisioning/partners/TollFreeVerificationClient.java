package net.northvale.voice.provisioning.partners;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** Toll-free verification status webhooks for the business SMS product. */
@ApplicationScoped
public class TollFreeVerificationClient {

    private static final String TFV_WEBHOOKS =
            "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions";

    private final Client client = ClientBuilder.newClient();

    public int subscribe(String accountId, String callbackUrl, String secret) {
        return client.target(TFV_WEBHOOKS.formatted(accountId))
                .request(MediaType.APPLICATION_JSON)
                .post(Entity.json(Map.of(
                        "basicAuthentication", Map.of("username", "bandwidth", "password", secret),
                        "callbackUrl", callbackUrl)))
                .getStatus();
    }
}
