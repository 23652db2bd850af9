package net.cobaltline.inventory.model.dashboard;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

@XmlType(name = "MessagingSettings")
@XmlAccessorType(XmlAccessType.FIELD)
public class MessagingSettingsPayload {

    @XmlElement(name = "SmsEnabled")
    private Boolean smsEnabled;

    @XmlElement(name = "CampaignId")
    private String campaignId;

    public MessagingSettingsPayload() {
    }

    public MessagingSettingsPayload(boolean smsEnabled, String campaignId) {
        this.smsEnabled = smsEnabled;
        this.campaignId = campaignId;
    }

    public static MessagingSettingsPayload enabled(String campaignId) {
        return new MessagingSettingsPayload(true, campaignId);
    }

    public static MessagingSettingsPayload disabled() {
        return new MessagingSettingsPayload(false, null);
    }

    public Boolean getSmsEnabled() {
        return smsEnabled;
    }

    public String getCampaignId() {
        return campaignId;
    }
}
