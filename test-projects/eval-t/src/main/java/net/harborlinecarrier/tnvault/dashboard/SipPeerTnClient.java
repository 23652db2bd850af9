package net.harborlinecarrier.tnvault.dashboard;

import static net.harborlinecarrier.tnvault.dashboard.DashboardEndpoints.SIPPEERS;
import static net.harborlinecarrier.tnvault.dashboard.DashboardEndpoints.SITES;
import static net.harborlinecarrier.tnvault.dashboard.DashboardEndpoints.TNS;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.harborlinecarrier.tnvault.dashboard.xml.SipPeerTelephoneNumberXml;
import net.harborlinecarrier.tnvault.dashboard.xml.SipPeerTelephoneNumberXml.MessagingSettings;

/** Per-number settings on our SIP peer (location): routing, caller name, messaging. */
public class SipPeerTnClient {

    private final WebTarget account;
    private final String siteId;
    private final String sipPeerId;

    public SipPeerTnClient(WebTarget account, String siteId, String sipPeerId) {
        this.account = account;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    private WebTarget tn(String tn) {
        return account.path(SITES).path(siteId).path(SIPPEERS).path(sipPeerId).path(TNS).path(tn);
    }

    /** Call forward on no answer, set from the customer portal. */
    public void updateRouting(String tn, String callForward) {
        SipPeerTelephoneNumberXml body = SipPeerTelephoneNumberXml.builder()
                .fullNumber(tn)
                .callForward(callForward)
                .rpidFormat("e164")
                .build();
        put(tn, XmlCodec.write(body));
    }

    /** Turns SMS on or off for a number we host. */
    public void setSms(String tn, boolean enabled) {
        SipPeerTelephoneNumberXml body = SipPeerTelephoneNumberXml.builder()
                .fullNumber(tn)
                .messagingSettings(new MessagingSettings(enabled))
                .build();
        put(tn, XmlCodec.write(body));
    }

    /** Bulk toggle used by the hosted-messaging onboarding: caller name and SMS in one request. */
    public void onboard(String tn, boolean cnam) {
        String xml = """
                <SipPeerTelephoneNumber>
                  <FullNumber>%s</FullNumber>
                  <CallingNameDisplay>%s</CallingNameDisplay>
                  <MessagingSettings>
                    <SmsEnabled>true</SmsEnabled>
                  </MessagingSettings>
                </SipPeerTelephoneNumber>
                """.formatted(tn, cnam);
        put(tn, xml);
    }

    public String get(String tn) {
        return tn(tn).request(MediaType.APPLICATION_XML).get(String.class);
    }

    private void put(String tn, String xml) {
        try (Response response = tn(tn).request(MediaType.APPLICATION_XML)
                .put(Entity.entity(xml, MediaType.APPLICATION_XML))) {
            if (response.getStatus() >= 300) {
                throw new DashboardException("update sippeer tn " + tn, response.getStatus(),
                        response.readEntity(String.class));
            }
        }
    }
}
