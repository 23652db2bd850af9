package net.northwindtel.provisioning.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import net.northwindtel.provisioning.client.exchange.HostedMessagingClient;
import net.northwindtel.provisioning.config.DashboardProperties;
import net.northwindtel.provisioning.config.ProvisioningProperties;
import net.northwindtel.provisioning.model.hosted.ExternalTnsOrderRequest;
import net.northwindtel.provisioning.model.hosted.ExternalTnsOrderRequest.Action;
import net.northwindtel.provisioning.model.hosted.ImportTnOrder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

import java.util.List;
import java.util.UUID;

/**
 * External (off-net) numbers for hosted messaging.
 */
@Slf4j
@Service
@RequiredArgsConstructor
public class ExternalTnsService {

    private final HostedMessagingClient hostedMessagingClient;
    private final DashboardProperties dashboard;
    private final ProvisioningProperties provisioning;
    @Qualifier("dashboardRestClient")
    private final RestClient dashboardRestClient;
    private final XmlMapper xmlMapper = new XmlMapper();

    public String add(List<String> tns) {
        if (!provisioning.getFeatures().isExternalTnsEnabled()) {
            throw new IllegalStateException("external TNs are disabled");
        }
        ExternalTnsOrderRequest order = ExternalTnsOrderRequest.builder()
                .customerOrderId(newOrderId())
                .siteId(dashboard.getDefaultSiteId())
                .sipPeerId(dashboard.getDefaultSipPeerId())
                .action(Action.IMPORT)
                .loaType("CARRIER")
                .telephoneNumbers(tns)
                .build();
        return hostedMessagingClient.addExternalTns(dashboard.getAccountId(), order);
    }

    public String remove(List<String> tns) throws JsonProcessingException {
        ExternalTnsOrderRequest order = ExternalTnsOrderRequest.builder()
                .customerOrderId(newOrderId())
                .siteId(dashboard.getDefaultSiteId())
                .sipPeerId(dashboard.getDefaultSipPeerId())
                .action(Action.REMOVE)
                .telephoneNumbers(tns)
                .build();
        return dashboardRestClient.post()
                .uri(uriBuilder -> uriBuilder.path("/accounts/{accountId}/externalTns").build(dashboard.getAccountId()))
                .contentType(MediaType.APPLICATION_XML)
                .body(xmlMapper.writeValueAsString(order))
                .retrieve()
                .body(String.class);
    }

    public String orderStatus(String orderId) {
        String path = String.format("/accounts/%s/externalTns/%s", dashboard.getAccountId(), orderId);
        return dashboardRestClient.get().uri(path).retrieve().body(String.class);
    }

    public String orderDetails(String orderId) {
        return hostedMessagingClient.externalTnsOrder(dashboard.getAccountId(), orderId);
    }

    /** The replacement flow the v2 guide describes; wired behind the hosted-messaging flag. */
    public String importForMessaging(List<String> tns) {
        ImportTnOrder order = ImportTnOrder.of(newOrderId(), dashboard.getDefaultSiteId(), dashboard.getDefaultSipPeerId(), tns);
        return hostedMessagingClient.importForMessaging(dashboard.getAccountId(), order);
    }

    public String checkImportable(List<String> tns) throws JsonProcessingException {
        ImportTnOrder probe = ImportTnOrder.List("check-" + newOrderId(), tns);
        return hostedMessagingClient.checkImportable(dashboard.getAccountId(), xmlMapper.writeValueAsString(probe));
    }

    private static String newOrderId() {
        return "NW-EXT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
