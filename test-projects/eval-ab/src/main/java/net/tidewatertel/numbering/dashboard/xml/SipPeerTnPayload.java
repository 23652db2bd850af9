package net.tidewatertel.numbering.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** PUT body for {@code .../sippeers/{peer}/tns/{tn}}. */
@JacksonXmlRootElement(localName = "SipPeerTelephoneNumber")
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SipPeerTnPayload {

    @JacksonXmlProperty(localName = "FullNumber")
    public String fullNumber;

    @JacksonXmlProperty(localName = "CallForward")
    public String callForward;

    @JacksonXmlProperty(localName = "RPIDFormat")
    public String rpidFormat;

    @JacksonXmlProperty(localName = "MessagingSettings")
    public MessagingSettings messagingSettings;

    public static class MessagingSettings {
        @JacksonXmlProperty(localName = "SmsEnabled")
        public boolean smsEnabled;

        public MessagingSettings() {
        }

        public MessagingSettings(boolean smsEnabled) {
            this.smsEnabled = smsEnabled;
        }
    }

    public static SipPeerTnPayload callForward(String tn, String forwardTo) {
        SipPeerTnPayload p = new SipPeerTnPayload();
        p.fullNumber = tn;
        p.callForward = forwardTo;
        return p;
    }

    public static SipPeerTnPayload sms(String tn, boolean enabled) {
        SipPeerTnPayload p = new SipPeerTnPayload();
        p.fullNumber = tn;
        p.messagingSettings = new MessagingSettings(enabled);
        return p;
    }
}
