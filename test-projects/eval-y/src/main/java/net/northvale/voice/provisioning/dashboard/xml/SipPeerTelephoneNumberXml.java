package net.northvale.voice.provisioning.dashboard.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** Per-number settings on a SIP peer (location). */
@XmlRootElement(name = "SipPeerTelephoneNumber")
@XmlAccessorType(XmlAccessType.FIELD)
public class SipPeerTelephoneNumberXml {

    @XmlElement(name = "FullNumber")
    private String fullNumber;
    @XmlElement(name = "CallForward")
    private String callForward;
    @XmlElement(name = "RPIDFormat")
    private String rpidFormat;
    @XmlElement(name = "CallingNameDisplay")
    private Boolean callingNameDisplay;
    @XmlElement(name = "MessagingSettings")
    private MessagingSettings messagingSettings;

    @XmlAccessorType(XmlAccessType.FIELD)
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
    }

    public String getFullNumber() {
        return fullNumber;
    }

    public void setFullNumber(String fullNumber) {
        this.fullNumber = fullNumber;
    }

    public void setCallForward(String callForward) {
        this.callForward = callForward;
    }

    public void setRpidFormat(String rpidFormat) {
        this.rpidFormat = rpidFormat;
    }

    public void setCallingNameDisplay(Boolean callingNameDisplay) {
        this.callingNameDisplay = callingNameDisplay;
    }

    public MessagingSettings getMessagingSettings() {
        return messagingSettings;
    }

    public void setMessagingSettings(MessagingSettings messagingSettings) {
        this.messagingSettings = messagingSettings;
    }
}
