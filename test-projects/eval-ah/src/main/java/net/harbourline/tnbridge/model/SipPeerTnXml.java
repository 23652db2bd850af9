package net.harbourline.tnbridge.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * Body of PUT /sites/{siteId}/sippeers/{peerId}/tns/{tn}: per-number routing settings.
 */
@XmlRootElement(name = "SipPeerTelephoneNumber")
@XmlAccessorType(XmlAccessType.FIELD)
public class SipPeerTnXml {

    @XmlElement(name = "FullNumber")
    private String fullNumber;

    @XmlElement(name = "CallForward")
    private String callForward;

    @XmlElement(name = "RPIDFormat")
    private String rpidFormat;

    @XmlElement(name = "CallingNameDisplay")
    private String callingNameDisplay;

    @XmlElement(name = "MessagingSettings")
    private MessagingSettingsXml messagingSettings;

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

    public String getRpidFormat() {
        return rpidFormat;
    }

    public void setRpidFormat(String rpidFormat) {
        this.rpidFormat = rpidFormat;
    }

    public String getCallingNameDisplay() {
        return callingNameDisplay;
    }

    public void setCallingNameDisplay(String callingNameDisplay) {
        this.callingNameDisplay = callingNameDisplay;
    }

    public MessagingSettingsXml getMessagingSettings() {
        return messagingSettings;
    }

    public void setMessagingSettings(MessagingSettingsXml messagingSettings) {
        this.messagingSettings = messagingSettings;
    }
}
