package net.harbourline.tnbridge.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/** {@code <MessagingSettings><SmsEnabled/></MessagingSettings>} of a sip peer TN. */
@XmlAccessorType(XmlAccessType.FIELD)
public class MessagingSettingsXml {

    @XmlElement(name = "SmsEnabled")
    private boolean smsEnabled;

    public MessagingSettingsXml() {
    }

    public MessagingSettingsXml(boolean smsEnabled) {
        this.smsEnabled = smsEnabled;
    }

    public boolean isSmsEnabled() {
        return smsEnabled;
    }
}
