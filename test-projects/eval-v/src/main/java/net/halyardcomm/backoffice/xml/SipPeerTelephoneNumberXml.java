package net.halyardcomm.backoffice.xml;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * PUT body for {@code /sites/{siteId}/sippeers/{peerId}/tns/{tn}}. The SDK's
 * SipPeerTelephoneNumber has no messaging part, which is why this class exists.
 */
@XmlRootElement(name = "SipPeerTelephoneNumber")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"fullNumber", "callForward", "rpidFormat", "rewriteUser", "callingNameDisplay", "messagingSettings"})
public class SipPeerTelephoneNumberXml {

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

    public String getFullNumber() { return fullNumber; }
    public void setFullNumber(String fullNumber) { this.fullNumber = fullNumber; }
    public String getCallForward() { return callForward; }
    public void setCallForward(String callForward) { this.callForward = callForward; }
    public String getRpidFormat() { return rpidFormat; }
    public void setRpidFormat(String rpidFormat) { this.rpidFormat = rpidFormat; }
    public String getRewriteUser() { return rewriteUser; }
    public void setRewriteUser(String rewriteUser) { this.rewriteUser = rewriteUser; }
    public String getCallingNameDisplay() { return callingNameDisplay; }
    public void setCallingNameDisplay(String v) { this.callingNameDisplay = v; }
    public MessagingSettings getMessagingSettings() { return messagingSettings; }
    public void setMessagingSettings(MessagingSettings m) { this.messagingSettings = m; }

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
}
