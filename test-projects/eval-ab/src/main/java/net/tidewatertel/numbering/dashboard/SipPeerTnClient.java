package net.tidewatertel.numbering.dashboard;

import net.tidewatertel.numbering.config.DashboardProperties;
import net.tidewatertel.numbering.dashboard.xml.SipPeerTnPayload;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Per-number settings on our SIP peer (location): call forwarding, RPID, messaging.
 */
@Component
public class SipPeerTnClient {

    private final RestClient restClient;
    private final DashboardProperties props;

    public SipPeerTnClient(RestClient.Builder builder, DashboardProperties props) {
        this.props = props;
        this.restClient = builder
                .baseUrl(props.getBaseUrl())
                .defaultHeaders(h -> h.setBasicAuth(props.getUsername(), props.getPassword()))
                .build();
    }

    public void enableSms(String tn) {
        String body = """
                <SipPeerTelephoneNumber>
                    <FullNumber>%s</FullNumber>
                    <MessagingSettings>
                        <SmsEnabled>true</SmsEnabled>
                    </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn);
        restClient.put()
                .uri(DashboardPaths.SIPPEER_TN, props.getAccountId(), props.getSiteId(), props.getSipPeerId(), tn)
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    public void disableSms(String tn) {
        SipPeerTnPayload payload = SipPeerTnPayload.sms(tn, false);
        restClient.put()
                .uri(DashboardPaths.SIPPEER_TN, props.getAccountId(), props.getSiteId(), props.getSipPeerId(), tn)
                .contentType(MediaType.APPLICATION_XML)
                .body(payload)
                .retrieve()
                .toBodilessEntity();
    }

    public void forwardCalls(String tn, String forwardTo) {
        restClient.put()
                .uri(DashboardPaths.SIPPEER_TN, props.getAccountId(), props.getSiteId(), props.getSipPeerId(), tn)
                .contentType(MediaType.APPLICATION_XML)
                .body(SipPeerTnPayload.callForward(tn, forwardTo))
                .retrieve()
                .toBodilessEntity();
    }

    /** Caller-ID presentation for the main hunt group of the NOC. */
    public void fixNocRpid() {
        String xml = "<SipPeerTelephoneNumber>"
                + "<FullNumber>7575550190</FullNumber>"
                + "<RPIDFormat>e164</RPIDFormat>"
                + "</SipPeerTelephoneNumber>";
        restClient.put()
                .uri("/accounts/{a}/sites/{s}/sippeers/{p}/tns/7575550190",
                        props.getAccountId(), props.getSiteId(), props.getSipPeerId())
                .contentType(MediaType.APPLICATION_XML)
                .body(xml)
                .retrieve()
                .toBodilessEntity();
    }

    public String settings(String tn) {
        return restClient.get()
                .uri(DashboardPaths.SIPPEER_TN, props.getAccountId(), props.getSiteId(), props.getSipPeerId(), tn)
                .accept(MediaType.APPLICATION_XML)
                .retrieve()
                .body(String.class);
    }

    /** Onboarding wizard: voice routing and texting for a new business line in one call. */
    public void onboard(String tn, String forwardTo) {
        String xml = "<SipPeerTelephoneNumber>"
                + "<FullNumber>" + tn + "</FullNumber>"
                + "<CallForward>" + forwardTo + "</CallForward>"
                + "<SmsSettings><SmsEnabled>true</SmsEnabled></SmsSettings>"
                + "</SipPeerTelephoneNumber>";
        restClient.put()
                .uri("/accounts/" + props.getAccountId() + "/sites/" + props.getSiteId()
                        + "/sippeers/" + props.getSipPeerId() + "/tns/" + tn)
                .contentType(MediaType.APPLICATION_XML)
                .body(xml)
                .retrieve()
                .toBodilessEntity();
    }
}
