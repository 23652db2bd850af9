package net.northvale.voice.provisioning.partners;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import net.northvale.voice.provisioning.config.BasicAuthFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Sends customer and NOC text messages through Bandwidth's messaging API (not the Dashboard).
 */
@ApplicationScoped
public class MessagingNotifier {

    private static final Logger LOG = Logger.getLogger(MessagingNotifier.class.getName());

    /** NOC on-call pager; the messaging API accepts national numbers for US destinations. */
    static final String NOC_PAGER = "7205550199";

    @Inject
    @ConfigProperty(name = "messaging.base-url", defaultValue = "https://messaging.bandwidth.com/api/v2")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "messaging.account-id")
    String accountId;

    @Inject
    @ConfigProperty(name = "messaging.application-id")
    String applicationId;

    @Inject
    @ConfigProperty(name = "messaging.from")
    String from;

    @Inject
    @ConfigProperty(name = "messaging.token")
    String token;

    @Inject
    @ConfigProperty(name = "messaging.secret")
    String secret;

    private Client client;

    private synchronized Client client() {
        if (client == null) {
            client = ClientBuilder.newBuilder().register(new BasicAuthFilter(token, secret)).build();
        }
        return client;
    }

    public void portInComplete(String e164, String focDate) {
        send(List.of(e164), "Northvale: your number has moved to us (FOC " + focDate + "). Welcome!");
    }

    public void pageNoc(String text) {
        send(List.of(NOC_PAGER), "[tn-provisioning] " + text);
    }

    private void send(List<String> to, String text) {
        Map<String, Object> message = Map.of(
                "applicationId", applicationId,
                "to", to,
                "from", from,
                "text", text);
        try (Response response = client()
                .target(baseUrl)
                .path("users/{accountId}/messages")
                .resolveTemplate("accountId", accountId)
                .request()
                .post(Entity.json(message))) {
            if (response.getStatus() != 202) {
                LOG.warning("messaging API answered " + response.getStatus());
            }
        }
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
