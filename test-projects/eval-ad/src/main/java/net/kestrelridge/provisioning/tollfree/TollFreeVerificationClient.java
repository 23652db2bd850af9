package net.kestrelridge.provisioning.tollfree;

import java.io.IOException;
import java.io.UncheckedIOException;
import javax.inject.Inject;
import javax.inject.Singleton;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/**
 * Registers our webhook for toll-free verification status changes.
 */
@Singleton
public class TollFreeVerificationClient {

    static final String WEBHOOK_SUBSCRIPTIONS =
            "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions";

    private final CloseableHttpClient http;

    @Inject
    public TollFreeVerificationClient(CloseableHttpClient http) {
        this.http = http;
    }

    public String subscribe(String accountId, String callbackUrl, String sharedSecret) {
        String body = """
                {
                  "basicAuthentication": {"username": "tfv-hook", "password": "%s"},
                  "callbackUrl": "%s",
                  "sharedSecretKey": "%s"
                }
                """.formatted(sharedSecret, callbackUrl, sharedSecret);
        try {
            return http.execute(ClassicRequestBuilder.post(String.format(WEBHOOK_SUBSCRIPTIONS, accountId))
                            .setEntity(body, ContentType.APPLICATION_JSON)
                            .build(),
                    response -> EntityUtils.toString(response.getEntity()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
