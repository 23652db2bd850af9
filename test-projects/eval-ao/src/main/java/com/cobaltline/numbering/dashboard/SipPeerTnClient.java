package com.cobaltline.numbering.dashboard;

import com.cobaltline.numbering.config.DashboardSettings;
import com.cobaltline.numbering.model.SipPeerTnUpdate;
import com.cobaltline.numbering.transport.DashboardTransport;
import com.cobaltline.numbering.transport.XmlCodec;

/**
 * Per-number settings on our SIP peer (location). Messaging is switched here as well, since the
 * portal has a single "SMS" toggle next to call forwarding.
 */
public class SipPeerTnClient {

    private static final String TN_PATH = "/sites/%s/sippeers/%s/tns/%s";

    private final DashboardTransport transport;
    private final DashboardSettings settings;
    private final XmlCodec codec;

    public SipPeerTnClient(DashboardTransport transport, DashboardSettings settings, XmlCodec codec) {
        this.transport = transport;
        this.settings = settings;
        this.codec = codec;
    }

    private String tnPath(String tn) {
        return settings.accountPath() + TN_PATH.formatted(settings.getSiteId(), settings.getSipPeerId(), tn);
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
        transport.put(tnPath(tn), body);
    }

    public void disableSms(String tn) {
        String body = "<SipPeerTelephoneNumber><FullNumber>" + tn + "</FullNumber>"
                + "<SmsSettings><SmsEnabled>false</SmsEnabled></SmsSettings></SipPeerTelephoneNumber>";
        transport.put(settings.accountPath() + "/sites/" + settings.getSiteId() + "/sippeers/"
                + settings.getSipPeerId() + "/tns/" + tn, body);
    }

    public void update(String tn, String callForward, boolean sms) {
        SipPeerTnUpdate update = new SipPeerTnUpdate();
        update.setFullNumber(tn);
        update.setCallForward(callForward);
        update.setMessagingSettings(new SipPeerTnUpdate.MessagingSettings(sms));
        transport.put(tnPath(tn), codec.toXml(update));
    }

    /** Applies the portal's number profile in one PUT. */
    public void applyProfile(String tn, String callForward, boolean sms) {
        StringBuilder xml = new StringBuilder("<SipPeerTelephoneNumber>")
                .append("<FullNumber>").append(tn).append("</FullNumber>");
        if (callForward != null) {
            xml.append("<CallForward>").append(callForward).append("</CallForward>");
        }
        xml.append("<MessagingSettings><SmsEnabled>").append(sms).append("</SmsEnabled></MessagingSettings>");
        xml.append("</SipPeerTelephoneNumber>");
        transport.put(tnPath(tn), xml.toString());
    }

    public void forwardCalls(String tn, String forwardTo) {
        SipPeerTnUpdate update = new SipPeerTnUpdate();
        update.setFullNumber(tn);
        update.setCallForward(forwardTo);
        update.setRpidFormat("e164");
        transport.put(tnPath(tn), codec.toXml(update));
    }

    public String settingsOf(String tn) {
        return transport.get(tnPath(tn));
    }
}
