package net.kestrelwave.integration.sippeer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import net.kestrelwave.integration.config.DashboardProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * Per-number settings on our SIP peer (location): call forwarding, RPID, and SMS.
 */
@Component
public class SipPeerTnUpdater {

    private final RestTemplate dashboardRestTemplate;
    private final DashboardProperties dashboard;

    public SipPeerTnUpdater(RestTemplate dashboardRestTemplate, DashboardProperties dashboard) {
        this.dashboardRestTemplate = dashboardRestTemplate;
        this.dashboard = dashboard;
    }

    public void setSms(String tn, boolean enabled) {
        String url = String.format("%s/accounts/%s/sites/%s/sippeers/%s/tns/%s",
                dashboard.getBaseUrl(), dashboard.getAccountId(), dashboard.getSiteId(), dashboard.getSipPeerId(), tn);
        String body = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <MessagingSettings>
                    <SmsEnabled>%s</SmsEnabled>
                  </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn, enabled);
        dashboardRestTemplate.exchange(url, HttpMethod.PUT, new HttpEntity<>(body, xml()), String.class);
    }

    public void provisionWithSms(String tn, String callForward) {
        StringBuilder xml = new StringBuilder();
        xml.append("<SipPeerTelephoneNumber>")
                .append("<FullNumber>").append(tn).append("</FullNumber>")
                .append("<CallForward>").append(callForward).append("</CallForward>")
                .append("<MessagingSettings><SmsEnabled>true</SmsEnabled></MessagingSettings>")
                .append("</SipPeerTelephoneNumber>");
        dashboardRestTemplate.put(dashboard.getBaseUrl() + "/accounts/{accountId}/sites/{siteId}/sippeers/{peerId}/tns/{tn}",
                new HttpEntity<>(xml.toString(), xml()), dashboard.getAccountId(), dashboard.getSiteId(), dashboard.getSipPeerId(), tn);
    }

    public void applyMessagingTemplate(String tn) throws IOException {
        String template;
        try (InputStream in = new ClassPathResource("templates/sippeer-tn-messaging.xml").getInputStream()) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        dashboardRestTemplate.put(dashboard.getBaseUrl() + "/accounts/{accountId}/sites/{siteId}/sippeers/{peerId}/tns/{tn}",
                new HttpEntity<>(template.replace("${tn}", tn), xml()), dashboard.getAccountId(), dashboard.getSiteId(), dashboard.getSipPeerId(), tn);
    }

    public void updateCallForward(String tn, String forwardTo) {
        String body = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <CallForward>%s</CallForward>
                  <RPIDFormat>e164</RPIDFormat>
                </SipPeerTelephoneNumber>
                """.formatted(tn, forwardTo);
        dashboardRestTemplate.put(dashboard.getBaseUrl() + "/accounts/{accountId}/sites/{siteId}/sippeers/{peerId}/tns/{tn}",
                new HttpEntity<>(body, xml()), dashboard.getAccountId(), dashboard.getSiteId(), dashboard.getSipPeerId(), tn);
    }

    public void forwardNocLine(String forwardTo) {
        updateCallForward("9195550100", forwardTo);
    }

    private static HttpHeaders xml() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        return headers;
    }
}
