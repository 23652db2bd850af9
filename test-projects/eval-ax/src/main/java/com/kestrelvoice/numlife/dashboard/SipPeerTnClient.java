package com.kestrelvoice.numlife.dashboard;

import com.kestrelvoice.numlife.config.DashboardProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Per-number settings on our SIP peer (location).
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class SipPeerTnClient {

    @Qualifier("dashboard")
    private final RestClient dashboard;
    private final DashboardProperties properties;

    public void setMessaging(String tn, boolean enabled) {
        String body = """
                <SipPeerTelephoneNumber>
                    <FullNumber>%s</FullNumber>
                    <MessagingSettings>
                        <SmsEnabled>%s</SmsEnabled>
                    </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn, enabled);
        dashboard.put()
                .uri("/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}", accountId(), siteId(), sipPeerId(), tn)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    public void disableSms(String siteId, String sipPeerId, String tn) {
        String url = properties.getApi().getBaseUrl() + "/accounts/" + accountId() + "/sites/" + siteId + "/sippeers/" + sipPeerId + "/tns/" + tn;
        String body = "<SipPeerTelephoneNumber><FullNumber>" + tn + "</FullNumber>"
                + "<MessagingSettings><SmsEnabled>false</SmsEnabled></MessagingSettings></SipPeerTelephoneNumber>";
        dashboard.put().uri(URI.create(url)).body(body).retrieve().toBodilessEntity();
    }

    /** Activation of a freshly ordered number: routing plus SMS, from the template. */
    public void activate(String tn) {
        String body = template("templates/dashboard/sip-peer-tn-messaging.xml").replace("{{fullNumber}}", tn);
        dashboard.put()
                .uri(DashboardPaths.SIP_PEER_TNS + "/{tn}", accountId(), siteId(), sipPeerId(), tn)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    /** Moves freshly ported numbers onto our peer with SMS switched on in the same call. */
    public void assignWithMessaging(List<String> tns) {
        StringBuilder body = new StringBuilder("<SipPeerTelephoneNumbers>");
        for (String tn : tns) {
            body.append("<SipPeerTelephoneNumber><FullNumber>").append(tn).append("</FullNumber>")
                    .append("<MessagingSettings><SmsEnabled>true</SmsEnabled></MessagingSettings>")
                    .append("</SipPeerTelephoneNumber>");
        }
        body.append("</SipPeerTelephoneNumbers>");
        dashboard.post()
                .uri("/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/tns", accountId(), siteId(), sipPeerId())
                .body(body.toString())
                .retrieve()
                .toBodilessEntity();
    }

    public void setCallForward(String tn, String forwardTo) {
        String body = """
                <SipPeerTelephoneNumber>
                    <FullNumber>%s</FullNumber>
                    <CallForward>%s</CallForward>
                    <RPIDFormat>e164</RPIDFormat>
                </SipPeerTelephoneNumber>
                """.formatted(tn, forwardTo);
        dashboard.put()
                .uri("/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}", accountId(), siteId(), sipPeerId(), tn)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    public String get(String tn) {
        return dashboard.get()
                .uri(DashboardPaths.SIP_PEER_TNS + "/{tn}", accountId(), siteId(), sipPeerId(), tn)
                .retrieve()
                .body(String.class);
    }

    /** Messaging on/off the way the Dashboard wants it now: a TN option order. */
    public URI setSmsByTnOption(String customerOrderId, String tn, boolean enabled) {
        String body = template("templates/dashboard/tn-option-sms.xml")
                .replace("{{customerOrderId}}", customerOrderId)
                .replace("{{sms}}", enabled ? "on" : "off")
                .replace("{{tn}}", tn);
        return dashboard.post()
                .uri(DashboardPaths.TN_OPTIONS, accountId())
                .body(body)
                .retrieve()
                .toBodilessEntity()
                .getHeaders()
                .getLocation();
    }

    private static String template(String name) {
        try {
            return new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String accountId() {
        return properties.getApi().getAccountId();
    }

    private String siteId() {
        return properties.getDefaults().getSiteId();
    }

    private String sipPeerId() {
        return properties.getDefaults().getSipPeerId();
    }
}
