package net.harborlight.numops.crm;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Our CRM's internal API (https://crm.harborlight.net/api). Not Bandwidth.
 */
@Component
public class CrmClient {

    /**
     * Service address as the CRM keeps it (one per customer site).
     */
    public record CrmAddress(String id, String houseNumber, String streetName, String city,
                             String stateCode, String zip, String dashboardAddressId) {

        public String oneLine() {
            return houseNumber + " " + streetName + ", " + city + " " + stateCode + " " + zip;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(CrmClient.class);

    private final RestClient crm;

    public CrmClient(@Qualifier("crm") RestClient crm) {
        this.crm = crm;
    }

    public List<CrmAddress> addresses(String crmAccountId) {
        CrmAddress[] body = crm.get()
                .uri("/accounts/{accountId}/addresses", crmAccountId)
                .retrieve()
                .body(CrmAddress[].class);
        return body == null ? List.of() : Arrays.asList(body);
    }

    public void linkDashboardAddress(String crmAccountId, String crmAddressId, String dashboardAddressId) {
        crm.patch()
                .uri("/accounts/" + crmAccountId + "/addresses/" + crmAddressId)
                .body(Map.of("dashboardAddressId", dashboardAddressId))
                .retrieve()
                .toBodilessEntity();
    }

    public void numberPorted(String customerId, String tn, String focDate) {
        crm.post()
                .uri("/customers/{customerId}/events", customerId)
                .body(Map.of("type", "NUMBER_PORTED", "tn", tn, "focDate", String.valueOf(focDate)))
                .retrieve()
                .toBodilessEntity();
    }

    public void numberDisconnected(String customerId, String tn) {
        crm.post()
                .uri("/customers/{customerId}/events", customerId)
                .body(Map.of("type", "NUMBER_DISCONNECTED", "tn", tn))
                .retrieve()
                .toBodilessEntity();
    }

    public void billingNumberConfirmed(String customerOrderId, long billingTn) {
        log.debug("BTN confirmed for {}", customerOrderId);
        crm.put()
                .uri("/port-requests/{customerOrderId}/btn", customerOrderId)
                .body(Map.of("btn", billingTn))
                .retrieve()
                .toBodilessEntity();
    }
}
