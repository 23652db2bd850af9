package io.kestrelvoice.numbering.batch.hosted;

import java.util.List;

import io.kestrelvoice.numbering.dashboard.DashboardProperties;
import io.kestrelvoice.numbering.dashboard.DashboardRestClient;
import io.kestrelvoice.numbering.dashboard.api.HostedMessagingClient;
import io.kestrelvoice.numbering.dashboard.model.ImportTnOrder;
import io.kestrelvoice.numbering.dashboard.xml.TelephoneNumberXml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Moves numbers still registered through the old external-TN flow over to hosted messaging
 * import orders, a few at a time.
 */
@Component
public class ExternalTnCleanupJob {

    private static final Logger log = LoggerFactory.getLogger(ExternalTnCleanupJob.class);
    private static final int BATCH = 50;

    private final HostedMessagingClient hostedMessaging;
    private final DashboardRestClient rest;
    private final DashboardProperties dashboard;

    public ExternalTnCleanupJob(HostedMessagingClient hostedMessaging, DashboardRestClient rest, DashboardProperties dashboard) {
        this.hostedMessaging = hostedMessaging;
        this.rest = rest;
        this.dashboard = dashboard;
    }

    public int migrate() {
        List<String> external = hostedMessaging.externalTns();
        int moved = 0;
        for (int i = 0; i < external.size(); i += BATCH) {
            List<String> chunk = external.subList(i, Math.min(i + BATCH, external.size()));
            ImportTnOrder order = ImportTnOrder.Create(dashboard.getSiteId(), dashboard.getSipPeerId(),
                    "Kestrel Voice Number Operations", chunk);
            String importOrderId = hostedMessaging.importNumbers(order);
            String removalId = hostedMessaging.removeExternalTns(order.customerOrderId() + "-X", chunk);
            log.info("moved {} external TNs: import {} removal {}", chunk.size(), importOrderId, removalId);
            enableSms(chunk);
            moved += chunk.size();
        }
        return moved;
    }

    /** External TNs were SMS-enabled implicitly; after the move the flag has to be set on the location. */
    public void enableSms(List<String> tns) {
        for (String tn : tns) {
            String body = "<SipPeerTelephoneNumber><FullNumber>" + tn + "</FullNumber>"
                    + "<SmsSettings><SmsEnabled>true</SmsEnabled></SmsSettings>"
                    + "</SipPeerTelephoneNumber>";
            rest.put(rest.urls().sipPeerTn(dashboard.getSiteId(), dashboard.getSipPeerId(), tn), body);
        }
    }

    public String externalOrderStatus(String orderId) {
        String url = UriComponentsBuilder.fromHttpUrl(rest.urls().baseUrl())
                .path("/accounts/{account}/externalTns/{orderId}")
                .buildAndExpand(rest.urls().accountId(), orderId)
                .toUriString();
        return TelephoneNumberXml.element(rest.get(url), "ProcessingStatus");
    }
}
