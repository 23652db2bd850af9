package net.tidewaterconnect.numbering.dashboard;

import java.util.HashMap;
import java.util.Map;

import net.tidewaterconnect.numbering.config.DashboardProperties;
import net.tidewaterconnect.numbering.dashboard.api.SipPeerTnApi;
import net.tidewaterconnect.numbering.dashboard.model.SipPeerTnPayload;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Per-number settings on our SIP peer: call forwarding, RPID, and SMS on/off. */
@Component
public class SipPeerTnClient {

    private static final String SMS_TOGGLE = """
            <SipPeerTelephoneNumber>
                <FullNumber>%s</FullNumber>
                <MessagingSettings>
                    <SmsEnabled>%s</SmsEnabled>
                </MessagingSettings>
            </SipPeerTelephoneNumber>
            """;

    private final RestClient dashboard;
    private final SipPeerTnApi sipPeerTns;
    private final XmlTemplateRenderer templates;
    private final DashboardProperties props;

    public SipPeerTnClient(@Qualifier("dashboard") RestClient dashboard, SipPeerTnApi sipPeerTns,
            XmlTemplateRenderer templates, DashboardProperties props) {
        this.dashboard = dashboard;
        this.sipPeerTns = sipPeerTns;
        this.templates = templates;
        this.props = props;
    }

    public void setSms(String tn, boolean enabled) {
        dashboard.put()
                .uri("/accounts/{accountId}/sites/{siteId}/sippeers/{peerId}/tns/{tn}", tn)
                .contentType(MediaType.APPLICATION_XML)
                .body(SMS_TOGGLE.formatted(tn, enabled))
                .retrieve()
                .toBodilessEntity();
    }

    public void provision(String siteId, String peerId, String tn, String callForward, boolean smsEnabled) {
        Map<String, Object> model = new HashMap<>();
        model.put("tn", tn);
        model.put("callForward", callForward);
        model.put("smsEnabled", smsEnabled);
        String body = templates.render("sippeer-tn", model);
        dashboard.put()
                .uri("/accounts/{accountId}/sites/{site}/sippeers/{peer}/tns/{tn}", Map.of(
                        "accountId", props.accountId(), "site", siteId, "peer", peerId, "tn", tn))
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    public void enableSmsOnPeer(String tn) {
        SipPeerTnPayload payload = new SipPeerTnPayload(tn, null, null,
                new SipPeerTnPayload.MessagingSettings(true));
        sipPeerTns.update(tn, payload);
    }

    public void forwardCalls(String tn, String destination) {
        sipPeerTns.update(tn, SipPeerTnPayload.callForward(tn, destination));
    }

    public void setRpidFormat(String tn, String format) {
        String body = "<SipPeerTelephoneNumber><FullNumber>" + tn + "</FullNumber><RPIDFormat>" + format
                + "</RPIDFormat></SipPeerTelephoneNumber>";
        dashboard.put()
                .uri(DashboardPaths.SIPPEER_TN, tn)
                .contentType(MediaType.APPLICATION_XML)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    /** Lab check of the peer routing on our own test number. */
    public SipPeerTnPayload labRouting() {
        return dashboard.get()
                .uri("/accounts/{accountId}/sites/{siteId}/sippeers/{peerId}/tns/7575550142")
                .retrieve()
                .body(SipPeerTnPayload.class);
    }
}
