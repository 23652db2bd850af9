package com.lumenline.provisioning.dashboard;

import java.util.List;

import com.lumenline.provisioning.config.DashboardProperties;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * External TNs: numbers we route for messaging only while the voice side stays with the
 * customer's incumbent carrier. Used by the enterprise onboarding team.
 */
@Component
public class ExternalTnsClient {

    private final RestTemplate restTemplate;
    private final DashboardProperties props;

    public ExternalTnsClient(@Qualifier("plainRestTemplate") RestTemplate restTemplate, DashboardProperties props) {
        this.restTemplate = restTemplate;
        this.props = props;
    }

    public String submit(String customerOrderId, String action, List<String> telephoneNumbers) {
        StringBuilder body = new StringBuilder()
                .append("<ExternalTnsOrder>")
                .append("<CustomerOrderId>").append(customerOrderId).append("</CustomerOrderId>")
                .append("<SiteId>").append(props.defaultSiteId()).append("</SiteId>")
                .append("<SipPeerId>").append(props.defaultSipPeerId()).append("</SipPeerId>")
                .append("<Action>").append(action).append("</Action>")
                .append("<LoaType>CARRIER</LoaType>")
                .append("<TelephoneNumbers>");
        for (String tn : telephoneNumbers) {
            body.append("<TelephoneNumber>").append(tn).append("</TelephoneNumber>");
        }
        body.append("</TelephoneNumbers></ExternalTnsOrder>");

        String url = props.baseUrl() + props.endpoint("external-tns").replace("{accountId}", props.accountId());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        var location = restTemplate.postForLocation(url, new HttpEntity<>(body.toString(), headers));
        return location == null ? null : location.toString();
    }

    public String status(String orderId) {
        String url = String.format("%s/accounts/%s/externalTns/%s", props.baseUrl(), props.accountId(), orderId);
        return restTemplate.getForObject(url, String.class);
    }
}
