package net.kestrelvoice.numbering.dashboard.model;

import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlRootElement;

/** {@code <SipPeerTelephoneNumber>} for PUT .../sippeers/{peer}/tns/{tn}. */
@XmlRootElement(name = "SipPeerTelephoneNumber")
public class SipPeerTelephoneNumberPayload {

    @XmlElement(name = "FullNumber")
    private String fullNumber;

    @XmlElement(name = "CallForward")
    private String callForward;

    @XmlElement(name = "RPIDFormat")
    private String rpidFormat;

    @XmlElement(name = "RewriteUser")
    private String rewriteUser;

    @XmlElement(name = "CallingNameDisplay")
    private String callingNameDisplay;

    @XmlElement(name = "MessagingSettings")
    private MessagingSettings messagingSettings;

    public String getFullNumber() {
        return fullNumber;
    }

    public void setFullNumber(String fullNumber) {
        this.fullNumber = fullNumber;
    }

    public String getCallForward() {
        return callForward;
    }

    public void setCallForward(String callForward) {
        this.callForward = callForward;
    }

    public void setRpidFormat(String rpidFormat) {
        this.rpidFormat = rpidFormat;
    }

    public void setRewriteUser(String rewriteUser) {
        this.rewriteUser = rewriteUser;
    }

    public void setCallingNameDisplay(String callingNameDisplay) {
        this.callingNameDisplay = callingNameDisplay;
    }

    public MessagingSettings getMessagingSettings() {
        return messagingSettings;
    }

    public void setMessagingSettings(MessagingSettings messagingSettings) {
        this.messagingSettings = messagingSettings;
    }

    /** {@code <MessagingSettings>} block of a SIP peer telephone number. */
    public static class MessagingSettings {

        @XmlElement(name = "SmsEnabled")
        private boolean smsEnabled;

        public MessagingSettings() {
        }

        public MessagingSettings(boolean smsEnabled) {
            this.smsEnabled = smsEnabled;
        }

        public boolean isSmsEnabled() {
            return smsEnabled;
        }

        public static MessagingSettings enabled() {
            return new MessagingSettings(true);
        }

        public static MessagingSettings disabled() {
            return new MessagingSettings(false);
        }
    }
}
