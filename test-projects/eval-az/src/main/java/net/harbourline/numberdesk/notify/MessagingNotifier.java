package net.harbourline.numberdesk.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import net.harbourline.numberdesk.dashboard.BasicAuthFilter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends SMS alerts to the on-call engineer through Bandwidth's messaging API. */
@ApplicationScoped
public class MessagingNotifier {

    private static final String MESSAGES_URL = "https://messaging.bandwidth.com/api/v2/users/%s/messages";
    private static final String NOC_SENDER = "+19194600199";

    @Inject
    @ConfigProperty(name = "messaging.account-id")
    String messagingAccountId;

    @Inject
    @ConfigProperty(name = "messaging.application-id")
    String applicationId;

    @Inject
    @ConfigProperty(name = "messaging.api-token")
    String apiToken;

    @Inject
    @ConfigProperty(name = "messaging.api-secret")
    String apiSecret;

    @Inject
    @ConfigProperty(name = "numberdesk.oncall-mobile", defaultValue = "+19195550164")
    String onCallMobile;

    public int alertOnCall(String text) {
        String json = """
                {
                  "applicationId": "%s",
                  "to": ["%s"],
                  "from": "%s",
                  "text": "%s"
                }
                """.formatted(applicationId, onCallMobile, NOC_SENDER, text.replace("\"", "'"));
        Client client = ClientBuilder.newClient().register(new BasicAuthFilter(apiToken, apiSecret));
        try (Response response = client.target(MESSAGES_URL.formatted(messagingAccountId))
                .request()
                .post(Entity.json(json))) {
            return response.getStatus();
        } finally {
            client.close();
        }
    }
}
