package net.harborlinecarrier.tnvault.notify;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import net.harborlinecarrier.tnvault.catalog.ExternalDependency;
import net.harborlinecarrier.tnvault.config.PartnerApisConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Texts the customer's port contact when a port-in completes (Bandwidth messaging API). */
@ExternalDependency(name = "bandwidth-messaging", url = "https://messaging.bandwidth.com/api/v2")
public class PortCompletionNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(PortCompletionNotifier.class);

    private static final String MESSAGES_PATH = "/users/%s/messages";

    /** Porting desk escalation pager, copied on every completion. */
    static final String PORTING_DESK_PAGER = "9195550166";

    private final Client client;
    private final PartnerApisConfiguration partner;
    private final String accountId;
    private final Function<String, String> contactLookup;

    public PortCompletionNotifier(Client client, PartnerApisConfiguration partner, String accountId,
                                  Function<String, String> contactLookup) {
        this.client = client;
        this.partner = partner;
        this.accountId = accountId;
        this.contactLookup = contactLookup;
    }

    public void portCompleted(String customerId, int numbers, String focDate) {
        String to = contactLookup.apply(customerId);
        if (to == null) {
            LOG.info("customer {} has no port contact, not texting", customerId);
            return;
        }
        String text = "Harborline: your port of %d number(s) completed on %s.".formatted(numbers, focDate);
        String body = """
                {"applicationId":"%s","to":["%s","%s"],"from":"%s","text":"%s"}
                """.formatted(partner.getMessagingApplicationId(), to, PORTING_DESK_PAGER,
                partner.getNotifyFromNumber(), text);
        String url = partner.getMessagingBaseUrl() + MESSAGES_PATH.formatted(accountId);
        try (Response response = client.target(url).request(MediaType.APPLICATION_JSON)
                .post(Entity.entity(body, MediaType.APPLICATION_JSON))) {
            if (response.getStatus() >= 300) {
                LOG.warn("messaging API answered {} for customer {}", response.getStatus(), customerId);
            }
        }
    }
}
