package net.larkspurtel.provisioning.model;

import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/** Body of PUT /sites/{siteId}/sippeers/{peerId}/tns/{tn}. */
@JacksonXmlRootElement(localName = "SipPeerTelephoneNumber")
public class SipPeerTelephoneNumberXml {

    @JacksonXmlProperty(localName = "FullNumber")
    public String fullNumber;

    @JacksonXmlProperty(localName = "CallForward")
    public String callForward;

    @JacksonXmlProperty(localName = "RPIDFormat")
    public String rpidFormat;

    @JacksonXmlProperty(localName = "RewriteUser")
    public String rewriteUser;

    @JacksonXmlProperty(localName = "CallingNameDisplay")
    public String callingNameDisplay;

    @JacksonXmlProperty(localName = "MessagingSettings")
    public MessagingSettings messagingSettings;

    public static class MessagingSettings {
        @JacksonXmlProperty(localName = "SmsEnabled")
        public Boolean smsEnabled;

        public MessagingSettings() {
        }

        public MessagingSettings(boolean smsEnabled) {
            this.smsEnabled = smsEnabled;
        }
    }
}
