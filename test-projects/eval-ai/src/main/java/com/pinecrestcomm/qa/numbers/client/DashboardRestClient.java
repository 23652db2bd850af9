package com.pinecrestcomm.qa.numbers.client;

import com.pinecrestcomm.qa.numbers.config.IrisProperties;
import com.pinecrestcomm.qa.numbers.payload.SipPeerTnPayloads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Thin XML client over the Dashboard numbers API, shared by the provisioning jobs and the
 * contract tests. Responses are returned raw; parsing lives next to the callers.
 */
@Component
public class DashboardRestClient {

    private static final Logger log = LoggerFactory.getLogger(DashboardRestClient.class);

    private final RestClient restClient;
    private final IrisProperties props;

    public DashboardRestClient(@Qualifier("dashboardRestClient") RestClient restClient, IrisProperties props) {
        this.restClient = restClient;
        this.props = props;
    }

    public String searchAvailableNumbers(String areaCode, int quantity) {
        return restClient.get()
                .uri(builder -> builder.path(DashboardPaths.AVAILABLE_NUMBERS)
                        .queryParam("areaCode", areaCode)
                        .queryParam("quantity", quantity)
                        .build(props.accountId()))
                .retrieve()
                .body(String.class);
    }

    public String searchAvailableNumbersInState(String areaCode, String state) {
        return restClient.get()
                .uri(builder -> builder.path(DashboardPaths.AVAILABLE_NUMBERS)
                        .queryParam("countryCodeA3", "USA")
                        .queryParam("areaCode", areaCode)
                        .queryParam("state", state)
                        .build(props.accountId()))
                .retrieve()
                .body(String.class);
    }

    public String availableNpaNxx(String areaCode) {
        return restClient.get()
                .uri(DashboardPaths.AVAILABLE_NPA_NXX + "?areaCode={areaCode}", props.accountId(), areaCode)
                .retrieve()
                .body(String.class);
    }

    public String listE911Addresses() {
        return restClient.get()
                .uri(DashboardPaths.E911_ADDRESSES, props.accountId())
                .retrieve()
                .body(String.class);
    }

    public String getE911Address(String addressId) {
        return restClient.get()
                .uri("/accounts/{accountId}/addresses/{addressId}", props.accountId(), addressId)
                .retrieve()
                .body(String.class);
    }

    public ResponseEntity<Void> deleteE911Address(String addressId) {
        log.info("DELETE /accounts/{}/addresses/{}", props.accountId(), addressId);
        return restClient.delete()
                .uri(DashboardPaths.E911_ADDRESS, props.accountId(), addressId)
                .retrieve()
                .toBodilessEntity();
    }

    public String createOrder(String orderXml) {
        return restClient.post()
                .uri(DashboardPaths.ORDERS, props.accountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(orderXml)
                .retrieve()
                .body(String.class);
    }

    public String getOrder(String orderId) {
        return restClient.get()
                .uri(DashboardPaths.ORDER, props.accountId(), orderId)
                .retrieve()
                .body(String.class);
    }

    /**
     * Location-level TN settings. {@code enableSms} used to be part of the same PUT.
     */
    public ResponseEntity<Void> updateSipPeerTn(String tn, String callForward, boolean enableSms) {
        String body = enableSms
                ? SipPeerTnPayloads.withMessaging(tn, callForward, true)
                : SipPeerTnPayloads.callForwardOnly(tn, callForward);
        return restClient.put()
                .uri(DashboardPaths.SIPPEER_TN, props.accountId(), props.siteId(), props.sipPeerId(), tn)
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    public String tnDetails(String tn) {
        return restClient.get()
                .uri("/tns/{tn}/tndetails", tn)
                .retrieve()
                .body(String.class);
    }
}
