package com.kestrelvoice.numlife.dashboard;

import com.kestrelvoice.numlife.config.DashboardProperties;
import java.net.URI;
import java.util.List;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * External numbers (hosted elsewhere) that we register for messaging.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class ExternalTnsClient {

    @Qualifier("dashboard")
    private final RestClient dashboard;
    private final DashboardProperties properties;

    public URI add(String customerOrderId, List<String> tns) {
        return dashboard.post()
                .uri("/accounts/{accountId}/externalTns", accountId())
                .body(orderXml(customerOrderId, "IMPORT", tns))
                .retrieve()
                .toBodilessEntity()
                .getHeaders()
                .getLocation();
    }

    public URI remove(String customerOrderId, List<String> tns) {
        String url = properties.getApi().getBaseUrl() + "/accounts/" + accountId() + DashboardPaths.EXTERNAL_TNS;
        return dashboard.post()
                .uri(URI.create(url))
                .body(orderXml(customerOrderId, "REMOVE", tns))
                .retrieve()
                .toBodilessEntity()
                .getHeaders()
                .getLocation();
    }

    public String get(String orderId) {
        return dashboard.get()
                .uri("/accounts/%s/externalTns/%s".formatted(accountId(), orderId))
                .retrieve()
                .body(String.class);
    }

    public String listCompleted() {
        return dashboard.get()
                .uri(b -> b.pathSegment("accounts", accountId(), "externalTns").queryParam("status", "COMPLETE").build())
                .retrieve()
                .body(String.class);
    }

    public String listConfigured() {
        return dashboard.get()
                .uri(properties.getPaths().getExternalTns(), accountId())
                .retrieve()
                .body(String.class);
    }

    private String orderXml(String customerOrderId, String action, List<String> tns) {
        log.info("externalTns {} order {} for {} numbers", action, customerOrderId, tns.size());
        return """
                <ExternalTnsOrder>
                    <CustomerOrderId>%s</CustomerOrderId>
                    <SiteId>%s</SiteId>
                    <SipPeerId>%s</SipPeerId>
                    <Action>%s</Action>
                    <LoaType>CARRIER</LoaType>
                    <TelephoneNumbers>%s</TelephoneNumbers>
                </ExternalTnsOrder>
                """.formatted(customerOrderId, properties.getDefaults().getSiteId(),
                properties.getDefaults().getSipPeerId(), action, HostedMessagingClient.telephoneNumbers(tns));
    }

    private String accountId() {
        return properties.getApi().getAccountId();
    }
}
