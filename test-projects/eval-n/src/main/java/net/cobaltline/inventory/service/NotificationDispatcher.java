package net.cobaltline.inventory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.cobaltline.inventory.client.DashboardAuthHeadersFactory;
import net.cobaltline.inventory.client.MessagingApiClient;
import net.cobaltline.inventory.client.MessagingApiClient.OutboundMessage;
import net.cobaltline.inventory.domain.PhoneNumbers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Texts the customer's contact when a number goes live, through the Bandwidth Messaging API.
 */
@ApplicationScoped
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);

    /** Our support line, quoted in every notification. */
    static final String SUPPORT_LINE = "8885550134";

    @Inject
    @RestClient
    MessagingApiClient messaging;

    @ConfigProperty(name = "notifications.account-id")
    String messagingAccountId;

    @ConfigProperty(name = "notifications.application-id")
    String applicationId;

    @ConfigProperty(name = "notifications.from-number", defaultValue = "+19195550000")
    String fromNumber;

    @ConfigProperty(name = "notifications.api-token")
    String token;

    @ConfigProperty(name = "notifications.api-secret")
    String secret;

    public void numberLive(String contact, String tn) {
        String text = "Your Cobaltline number " + PhoneNumbers.pretty(tn)
                + " is live. Questions? Call " + PhoneNumbers.pretty(SUPPORT_LINE);
        send(contact, text, "number-live");
    }

    public void portCompleted(String tn) {
        LOG.infof("Port completed for %s", tn);
    }

    private void send(String contact, String text, String tag) {
        OutboundMessage message = new OutboundMessage(applicationId, List.of(PhoneNumbers.e164(contact)),
                fromNumber, text, tag);
        messaging.send(messagingAccountId, DashboardAuthHeadersFactory.basic(token, secret), message);
    }
}
