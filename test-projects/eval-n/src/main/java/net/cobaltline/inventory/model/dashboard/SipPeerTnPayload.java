package net.cobaltline.inventory.model.dashboard;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** Body of {@code PUT .../sites/{site}/sippeers/{peer}/tns/{tn}}. */
@XmlRootElement(name = "SipPeerTelephoneNumber")
@XmlAccessorType(XmlAccessType.FIELD)
public class SipPeerTnPayload {

    @XmlElement(name = "FullNumber")
    private String fullNumber;

    @XmlElement(name = "CallForward")
    private String callForward;

    @XmlElement(name = "RPIDFormat")
    private String rpidFormat;

    @XmlElement(name = "RewriteUser")
    private String rewriteUser;

    /** Format of the number in SIP headers (e164 / 10digit), unrelated to callback formats. */
    @XmlElement(name = "NumberFormat")
    private String numberFormat;

    @XmlElement(name = "MessagingSettings")
    private MessagingSettingsPayload messagingSettings;

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

    public String getRewriteUser() {
        return rewriteUser;
    }

    public void setRewriteUser(String rewriteUser) {
        this.rewriteUser = rewriteUser;
    }

    public String getNumberFormat() {
        return numberFormat;
    }

    public void setNumberFormat(String numberFormat) {
        this.numberFormat = numberFormat;
    }

    public MessagingSettingsPayload getMessagingSettings() {
        return messagingSettings;
    }

    public void setMessagingSettings(MessagingSettingsPayload messagingSettings) {
        this.messagingSettings = messagingSettings;
    }
}
