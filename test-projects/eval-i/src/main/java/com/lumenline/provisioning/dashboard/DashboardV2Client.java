package com.lumenline.provisioning.dashboard;

import java.util.List;

import com.lumenline.provisioning.config.DashboardProperties;
import com.lumenline.provisioning.constants.DashboardPaths;
import com.lumenline.provisioning.constants.IrisConstants;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;

/**
 * Calls already moved to Dashboard API v2 during the PROV-1184 pilot. Numbers passed in here
 * must already be E.164.
 */
@Component
public class DashboardV2Client {

    private final WebClient v2;
    private final DashboardProperties props;

    public DashboardV2Client(@Qualifier("dashboardV2WebClient") WebClient v2, DashboardProperties props) {
        this.v2 = v2;
        this.props = props;
    }

    public Mono<String> e911Addresses() {
        return v2.get()
                .uri(DashboardPaths.E911_ADDRESSES_V2, props.accountId())
                .retrieve()
                .bodyToMono(String.class);
    }

    public Mono<String> importForMessaging(String customerOrderId, List<String> e164Numbers) {
        StringBuilder body = new StringBuilder("<ImportTnOrder><CustomerOrderId>")
                .append(customerOrderId).append("</CustomerOrderId><SiteId>").append(props.defaultSiteId())
                .append("</SiteId><SipPeerId>").append(props.defaultSipPeerId()).append("</SipPeerId><TelephoneNumbers>");
        e164Numbers.forEach(tn -> body.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        body.append("</TelephoneNumbers></ImportTnOrder>");
        return v2.post()
                .uri(DashboardPaths.IMPORT_TN_ORDERS_MESSAGING_V2, props.accountId())
                .contentType(MediaType.APPLICATION_XML)
                .bodyValue(body.toString())
                .retrieve()
                .bodyToMono(String.class);
    }

    public Mono<String> removeImportedForMessaging(String customerOrderId, List<String> e164Numbers) {
        StringBuilder body = new StringBuilder("<RemoveImportedTnOrder><CustomerOrderId>")
                .append(customerOrderId).append("</CustomerOrderId><TelephoneNumbers>");
        e164Numbers.forEach(tn -> body.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        body.append("</TelephoneNumbers></RemoveImportedTnOrder>");
        return v2.post()
                .uri("/accounts/{accountId}/removeImportedTnOrders/messaging", props.accountId())
                .contentType(MediaType.APPLICATION_XML)
                .bodyValue(body.toString())
                .retrieve()
                .bodyToMono(String.class);
    }

    public Mono<String> inServiceInAreaCode(String areaCode) {
        return v2.get()
                .uri(b -> b.path("/accounts/{accountId}/inserviceNumbers")
                        .queryParam("countryCodeA3", IrisConstants.DEFAULT_COUNTRY_A3)
                        .queryParam("areaCode", areaCode)
                        .build(props.accountId()))
                .retrieve()
                .bodyToMono(String.class);
    }

    /** Enables or disables SMS through a TN option order, the v2 way. */
    public Mono<String> setSms(String customerOrderId, List<String> e164Numbers, boolean on) {
        StringBuilder body = new StringBuilder("<TnOptionOrder><CustomerOrderId>").append(customerOrderId)
                .append("</CustomerOrderId><TnOptionGroups><TnOptionGroup><Sms>").append(on ? "on" : "off")
                .append("</Sms><TelephoneNumbers>");
        e164Numbers.forEach(tn -> body.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>"));
        body.append("</TelephoneNumbers></TnOptionGroup></TnOptionGroups></TnOptionOrder>");
        return v2.post()
                .uri(DashboardPaths.TN_OPTIONS, props.accountId())
                .contentType(MediaType.APPLICATION_XML)
                .bodyValue(body.toString())
                .retrieve()
                .bodyToMono(String.class);
    }
}
