package net.cobaltline.numbers.dashboard;

import java.net.URI;

import net.cobaltline.numbers.dashboard.xml.SipPeerTnXml;

/** Per-number settings on our SIP peer: call forwarding, caller-id format, SMS. */
public class SipPeerTnApi {

    private static final String TN_PATH = "/sites/%s/sippeers/%s/tns/%s";

    private static final String SMS_UPDATE = """
            <SipPeerTelephoneNumber>
              <FullNumber>%s</FullNumber>
              <MessagingSettings><SmsEnabled>%s</SmsEnabled></MessagingSettings>
            </SipPeerTelephoneNumber>
            """;

    private final DashboardClient client;
    private final String siteId;
    private final String sipPeerId;

    public SipPeerTnApi(DashboardClient client, String siteId, String sipPeerId) {
        this.client = client;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    URI tnUri(String tn) {
        return client.accountUri(TN_PATH.formatted(siteId, sipPeerId, tn));
    }

    public String get(String tn) {
        return client.get(tnUri(tn)).requireSuccess().body();
    }

    @DashboardCall(method = "PUT", path = "/api/accounts/{accountId}/sites/{siteId}/sippeers/{peerId}/tns/{tn}")
    public void setSms(String tn, boolean enabled) {
        client.put(tnUri(tn), SMS_UPDATE.formatted(tn, enabled)).requireSuccess();
    }

    /** Bulk variant for campaign launches: one PUT on the peer's tns collection. */
    public void setSmsBulk(java.util.List<String> tns, boolean enabled) {
        String entry = SubscriptionApi.template("/templates/sippeer-tns-sms.xml");
        StringBuilder body = new StringBuilder("<SipPeerTelephoneNumbers>");
        for (String tn : tns) {
            body.append(entry.replace("${tn}", tn).replace("${enabled}", String.valueOf(enabled)));
        }
        body.append("</SipPeerTelephoneNumbers>");
        client.put(client.accountUri(DashboardPaths.SITES + siteId + DashboardPaths.SIPPEERS + sipPeerId + DashboardPaths.TNS),
                body.toString()).requireSuccess();
    }

    /** Same update through the DTO, used by the campaign onboarding flow. */
    public void enableMessaging(String tn) {
        SipPeerTnXml body = new SipPeerTnXml();
        body.fullNumber = tn;
        body.messagingSettings = new SipPeerTnXml.MessagingSettings(true);
        client.put(tnUri(tn), XmlMappers.write(body)).requireSuccess();
    }

    public void setCallForward(String tn, String forwardTo) {
        SipPeerTnXml body = new SipPeerTnXml();
        body.fullNumber = tn;
        body.callForward = forwardTo;
        client.put(tnUri(tn), XmlMappers.write(body)).requireSuccess();
    }

    public void setCallerIdFormat(String tn, String rpidFormat) {
        SipPeerTnXml body = new SipPeerTnXml();
        body.fullNumber = tn;
        body.rpidFormat = rpidFormat;
        body.numberFormat = "10digit";
        client.put(tnUri(tn), XmlMappers.write(body)).requireSuccess();
    }
}
