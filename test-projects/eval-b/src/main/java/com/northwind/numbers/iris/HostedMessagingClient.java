package com.northwind.numbers.iris;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

import com.northwind.numbers.config.IrisProperties;
import com.northwind.numbers.domain.ImportTnOrder;

/**
 * Hosted messaging: bringing numbers we do not own onto Bandwidth's messaging network.
 */
@Service
public class HostedMessagingClient {

    private static final Logger log = LoggerFactory.getLogger(HostedMessagingClient.class);

    private final RestClient iris;
    private final IrisProperties props;
    private final PayloadTemplates templates;

    public HostedMessagingClient(@Qualifier("irisRestClient") RestClient iris, IrisProperties props,
                                 PayloadTemplates templates) {
        this.iris = iris;
        this.props = props;
        this.templates = templates;
    }

    public ResponseEntity<String> importTns(String customerOrderId, List<String> tns) {
        ImportTnOrder tracked = ImportTnOrder.pending(customerOrderId, tns);
        log.debug("Tracking import {}", tracked.customerOrderId());
        String body = """
                <ImportTnOrder>
                    <CustomerOrderId>%s</CustomerOrderId>
                    <SiteId>%s</SiteId>
                    <SipPeerId>%s</SipPeerId>
                    <LoaAuthorizingPerson>Northwind Provisioning</LoaAuthorizingPerson>
                    <TelephoneNumbers>%s</TelephoneNumbers>
                </ImportTnOrder>
                """.formatted(customerOrderId, props.getSiteId(), props.getSipPeerId(), toXml(tns));
        return iris.post()
                .uri("/accounts/{accountId}/importTnOrders", props.getAccountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .toEntity(String.class);
    }

    public String importOrderHistory(String orderId) {
        return iris.get()
                .uri("/accounts/{accountId}/importTnOrders/{orderId}/history", props.getAccountId(), orderId)
                .retrieve()
                .body(String.class);
    }

    public String removeImportedTns(String customerOrderId, List<String> tns) {
        String body = "<RemoveImportedTnOrder><CustomerOrderId>" + customerOrderId + "</CustomerOrderId>"
                + "<TelephoneNumbers>" + toXml(tns) + "</TelephoneNumbers></RemoveImportedTnOrder>";
        return iris.post()
                .uri(props.getBaseUrl() + "/accounts/" + props.getAccountId() + IrisPaths.REMOVE_IMPORTED_TN_ORDERS)
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .body(String.class);
    }

    /** Kept for the two resellers still on the external TN flow. */
    public String addExternalTns(String customerOrderId, String extraTn) {
        String body = templates.render("external-tns-order.xml", java.util.Map.of(
                "customerOrderId", customerOrderId,
                "siteId", props.getSiteId(),
                "sipPeerId", props.getSipPeerId(),
                "telephoneNumber", extraTn));
        log.info("Submitting externalTns order {}", customerOrderId);
        return iris.post()
                .uri("/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/externalTns",
                        props.getAccountId(), props.getSiteId(), props.getSipPeerId())
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .body(String.class);
    }

    public String externalTnsOrderStatus(String orderId) {
        return iris.get()
                .uri(props.getBaseUrl() + IrisPaths.EXTERNAL_TNS + "/" + orderId)
                .retrieve()
                .body(String.class);
    }

    public String checkPortability(List<String> tns) {
        String body = "<ImportTnCheckerPayload><TelephoneNumbers>" + toXml(tns)
                + "</TelephoneNumbers></ImportTnCheckerPayload>";
        return iris.post()
                .uri("/accounts/{accountId}/importTnChecker", props.getAccountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .body(String.class);
    }

    private static String toXml(List<String> tns) {
        return tns.stream()
                .map(tn -> "<TelephoneNumber>" + tn + "</TelephoneNumber>")
                .collect(Collectors.joining());
    }
}
