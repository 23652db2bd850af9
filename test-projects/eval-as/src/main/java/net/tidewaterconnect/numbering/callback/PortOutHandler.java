package net.tidewaterconnect.numbering.callback;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * A port-out completed: tell the CRM (which stores E.164) and the billing system (which wants the
 * NPA split out) that the customer left.
 */
@Component
public class PortOutHandler {

    private final RestClient crm;

    public PortOutHandler(@Qualifier("crm") RestClient crm) {
        this.crm = crm;
    }

    public void handle(OrderNotification notification) {
        for (String tn : notification.getCompletedTelephoneNumbers()) {
            Map<String, Object> event = new HashMap<>();
            event.put("phoneNumber", "+1" + tn);
            event.put("npa", tn.substring(0, 3));
            event.put("reason", "PORTED_OUT");
            event.put("dashboardOrderId", notification.getOrderId());
            crm.post()
                    .uri("/api/lines/{e164}/events", "+1" + tn)
                    .body(event)
                    .retrieve()
                    .toBodilessEntity();
        }
    }
}
