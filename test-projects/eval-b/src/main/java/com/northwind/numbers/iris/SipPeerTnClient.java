package com.northwind.numbers.iris;

import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.northwind.numbers.config.IrisProperties;

/**
 * Per-number settings on our SIP peer: call forwarding, caller-id format and (for now) SMS.
 */
@Component
public class SipPeerTnClient {

    private static final XmlMapper XML = new XmlMapper();

    private final RestTemplate rest;
    private final RestClient restClient;
    private final IrisProperties props;
    private final PayloadTemplates templates;

    public SipPeerTnClient(@Qualifier("irisRestTemplate") RestTemplate rest,
                           @Qualifier("irisRestClient") RestClient restClient,
                           IrisProperties props, PayloadTemplates templates) {
        this.rest = rest;
        this.restClient = restClient;
        this.props = props;
        this.templates = templates;
    }

    /** Turns SMS on or off for a number we already route to our SIP peer. */
    public void setSms(String tn, boolean enabled) {
        String body = """
                <SipPeerTelephoneNumber>
                    <FullNumber>%s</FullNumber>
                    <MessagingSettings>
                        <SmsEnabled>%s</SmsEnabled>
                    </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn, enabled);
        rest.exchange(IrisPaths.SIPPEER_TN, HttpMethod.PUT, xmlEntity(body), String.class,
                props.getAccountId(), props.getSiteId(), props.getSipPeerId(), tn);
    }

    /** Call forwarding only: no messaging settings. */
    public void setCallForward(String tn, String forwardTo) {
        String body = """
                <SipPeerTelephoneNumber>
                    <FullNumber>%s</FullNumber>
                    <CallForward>%s</CallForward>
                </SipPeerTelephoneNumber>
                """.formatted(tn, forwardTo);
        rest.exchange(IrisPaths.SIPPEER_TN, HttpMethod.PUT, xmlEntity(body), String.class,
                props.getAccountId(), props.getSiteId(), props.getSipPeerId(), tn);
    }

    /** Used by the number-onboarding workflow: forwarding plus SMS in one call. */
    public void configureNumber(String tn, String forwardTo, boolean sms) throws JsonProcessingException {
        SipPeerTnPayload payload = new SipPeerTnPayload();
        payload.setFullNumber(tn);
        payload.setCallForward(forwardTo);
        payload.setRpidFormat("e164");
        payload.setMessagingSettings(new SipPeerTnPayload.MessagingSettings(sms));
        restClient.put()
                .uri("/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}",
                        props.getAccountId(), props.getSiteId(), props.getSipPeerId(), tn)
                .contentType(MediaType.APPLICATION_XML)
                .body(XML.writeValueAsString(payload))
                .retrieve()
                .toBodilessEntity();
    }

    /** Bulk onboarding from the XML template (same settings as configureNumber). */
    public void configureFromTemplate(String tn, String forwardTo, boolean sms) {
        String body = templates.render("sippeer-tn-messaging.xml", Map.of(
                "fullNumber", tn,
                "callForward", forwardTo,
                "smsEnabled", Boolean.toString(sms)));
        restClient.put()
                .uri(props.getBaseUrl() + "/accounts/" + props.getAccountId() + "/sites/" + props.getSiteId()
                        + "/sippeers/" + props.getSipPeerId() + "/tns/" + tn)
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    /** The supported way since the v2 pilot: a TN option order. */
    public String setSmsViaTnOption(String tn, boolean enabled) {
        String body = templates.render("tn-option-sms.xml", Map.of(
                "customerOrderId", "sms-" + tn,
                "sms", enabled ? "on" : "off",
                "telephoneNumber", tn));
        return restClient.post()
                .uri("/accounts/{accountId}/tnoptions", props.getAccountId())
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .body(String.class);
    }

    /** The test number the NOC uses to verify forwarding after a peer change. */
    public void resetNocTestNumber() {
        setCallForward("2565806460", "3048255495");
    }

    private static HttpEntity<String> xmlEntity(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        return new HttpEntity<>(body, headers);
    }
}
