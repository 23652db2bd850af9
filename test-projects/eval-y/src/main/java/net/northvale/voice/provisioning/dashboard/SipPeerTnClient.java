package net.northvale.voice.provisioning.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.northvale.voice.provisioning.dashboard.xml.SipPeerTelephoneNumberXml;

import java.util.Map;

/**
 * Per-number settings on our SIP peer (location) "NV-DEN-CORE": call forwarding, caller-id format
 * and, for business lines, SMS.
 */
@ApplicationScoped
public class SipPeerTnClient {

    private static final String SMS_TOGGLE_TEMPLATE = """
            <SipPeerTelephoneNumber>
                <FullNumber>%s</FullNumber>
                <MessagingSettings>
                    <SmsEnabled>%s</SmsEnabled>
                </MessagingSettings>
            </SipPeerTelephoneNumber>
            """;

    private DashboardClient dashboard;

    protected SipPeerTnClient() {
    }

    @Inject
    public SipPeerTnClient(DashboardClient dashboard) {
        this.dashboard = dashboard;
    }

    private WebTarget tnTarget(String tn) {
        return dashboard.account()
                .path("sites").path(dashboard.settings().siteId())
                .path("sippeers").path(dashboard.settings().sipPeerId())
                .path("tns").path(tn);
    }

    /** Turns SMS on for a business line. */
    public void enableSms(String tn) {
        SipPeerTelephoneNumberXml body = new SipPeerTelephoneNumberXml();
        body.setFullNumber(tn);
        body.setMessagingSettings(new SipPeerTelephoneNumberXml.MessagingSettings(true));
        dashboard.putXml(tnTarget(tn), body).close();
    }

    /** Bulk variant used by the nightly "business bundle" job; the raw template is cheaper to render. */
    public void setSms(String tn, boolean enabled) {
        String url = String.format("%s/accounts/%s/sites/%s/sippeers/%s/tns/%s",
                dashboard.baseUrl(), dashboard.accountId(),
                dashboard.settings().siteId(), dashboard.settings().sipPeerId(), tn);
        String body = SMS_TOGGLE_TEMPLATE.formatted(tn, enabled);
        try (Response response = dashboard.client().target(url)
                .request(MediaType.APPLICATION_XML)
                .put(Entity.entity(body, MediaType.APPLICATION_XML_TYPE))) {
            dashboard.check(response);
        }
    }

    /** Business bundle: caller name, forward to the customer's auto attendant, SMS on. */
    public void applyBusinessProfile(String tn, String attendantTn) {
        String body = XmlTemplates.render("sippeer-tn-business.xml", Map.of("tn", tn, "attendant", attendantTn));
        dashboard.putXml(tnTarget(tn), body).close();
    }

    public void forwardCalls(String tn, String destination) {
        SipPeerTelephoneNumberXml body = new SipPeerTelephoneNumberXml();
        body.setFullNumber(tn);
        body.setCallForward(destination);
        dashboard.putXml(tnTarget(tn), body).close();
    }

    public void setCallerIdFormat(String tn, String rpidFormat, boolean showName) {
        String body = """
                <SipPeerTelephoneNumber>
                    <FullNumber>%s</FullNumber>
                    <RPIDFormat>%s</RPIDFormat>
                    <CallingNameDisplay>%s</CallingNameDisplay>
                </SipPeerTelephoneNumber>
                """.formatted(tn, rpidFormat, showName);
        dashboard.putXml(tnTarget(tn), body).close();
    }

    public SipPeerTelephoneNumberXml get(String tn) {
        return dashboard.get(tnTarget(tn), SipPeerTelephoneNumberXml.class);
    }
}
