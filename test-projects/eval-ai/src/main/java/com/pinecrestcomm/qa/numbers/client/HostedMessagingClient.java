package com.pinecrestcomm.qa.numbers.client;

import com.pinecrestcomm.qa.numbers.config.IrisProperties;
import com.pinecrestcomm.qa.numbers.util.XmlText;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.util.ArrayList;
import java.util.List;

/**
 * Hosted messaging: numbers whose voice stays elsewhere but whose SMS we host.
 */
@Component
public class HostedMessagingClient {

    private final RestClient restClient;
    private final IrisProperties props;

    public HostedMessagingClient(@Qualifier("dashboardRestClient") RestClient restClient, IrisProperties props) {
        this.restClient = restClient;
        this.props = props;
    }

    public String submitImport(String importTnOrderXml) {
        return restClient.post()
                .uri(DashboardPaths.IMPORT_TN_ORDERS, props.accountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(importTnOrderXml)
                .retrieve()
                .body(String.class);
    }

    public String importHistory(String orderId) {
        return restClient.get()
                .uri(DashboardPaths.IMPORT_TN_ORDER_HISTORY, props.accountId(), orderId)
                .retrieve()
                .body(String.class);
    }

    public String importOrder(String orderId) {
        return restClient.get()
                .uri("/accounts/" + props.accountId() + "/importTnOrders/" + orderId)
                .retrieve()
                .body(String.class);
    }

    public String submitRemoval(String removeImportedTnOrderXml) {
        return restClient.post()
                .uri(String.format("/accounts/%s/removeImportedTnOrders", props.accountId()))
                .contentType(MediaType.APPLICATION_XML)
                .body(removeImportedTnOrderXml)
                .retrieve()
                .body(String.class);
    }

    /** New-style import, used by the pilot tenant. */
    public String submitMessagingImport(String importTnOrderXml) {
        return restClient.post()
                .uri("/accounts/{accountId}/importTnOrders/messaging", props.accountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(importTnOrderXml)
                .retrieve()
                .body(String.class);
    }

    public String submitVoiceImport(String importTnOrderXml) {
        return restClient.post()
                .uri("/accounts/{accountId}/importTnOrders/voice", props.accountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(importTnOrderXml)
                .retrieve()
                .body(String.class);
    }

    public String checkImportable(String importTnCheckerXml) {
        return restClient.post()
                .uri(DashboardPaths.IMPORT_TN_CHECKER, props.accountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(importTnCheckerXml)
                .retrieve()
                .body(String.class);
    }

    /** Numbers the import order reports as completed, ready to hand to the SMS routing table. */
    public List<String> completedNumbers(String orderId) {
        List<String> numbers = new ArrayList<>(XmlText.values(importOrder(orderId), "TelephoneNumber"));
        numbers.removeIf(tn -> tn.length() != 10);
        return numbers;
    }
}
