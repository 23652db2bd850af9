package net.prairiewave.numbering.lookup;

import io.helidon.common.http.MediaType;
import io.helidon.webclient.WebClient;
import jakarta.json.Json;

/** Registers our webhook for toll-free verification status changes. */
public class TollFreeVerificationClient {

    private static final String TFV_SUBSCRIPTIONS =
            "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions";

    private final WebClient client;
    private final String accountId;

    public TollFreeVerificationClient(WebClient client, String accountId) {
        this.client = client;
        this.accountId = accountId;
    }

    public String subscribe(String callbackUrl, String sharedSecret) {
        String body = Json.createObjectBuilder()
                .add("basicAuthentication", Json.createObjectBuilder()
                        .add("username", "tfv")
                        .add("password", sharedSecret))
                .add("callbackUrl", callbackUrl)
                .build()
                .toString();
        return client.post()
                .uri(String.format(TFV_SUBSCRIPTIONS, accountId))
                .contentType(MediaType.APPLICATION_JSON)
                .submit(body, String.class)
                .await();
    }
}
