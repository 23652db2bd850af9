package net.kestrelridge.provisioning.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * {@code <SipPeerTelephoneNumber>} as PUT to .../sippeers/{peerId}/tns/{tn}.
 */
@JacksonXmlRootElement(localName = "SipPeerTelephoneNumber")
@JsonIgnoreProperties(ignoreUnknown = true)
public class SipPeerTnSettings {

    @JacksonXmlProperty(localName = "FullNumber")
    public String fullNumber;

    @JacksonXmlProperty(localName = "CallForward")
    public String callForward;

    @JacksonXmlProperty(localName = "RPIDFormat")
    public String rpidFormat;

    @JacksonXmlProperty(localName = "RewriteUser")
    public String rewriteUser;

    /** How the number is presented in SIP (10digit, 11digit, e164); unrelated to callback formats. */
    @JacksonXmlProperty(localName = "NumberFormat")
    public String numberFormat;

    @JacksonXmlProperty(localName = "MessagingSettings")
    public MessagingSettings messagingSettings;

    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class MessagingSettings {

        @JacksonXmlProperty(localName = "SmsEnabled")
        public boolean smsEnabled;

        public MessagingSettings() {
        }

        public MessagingSettings(boolean smsEnabled) {
            this.smsEnabled = smsEnabled;
        }
    }
}
