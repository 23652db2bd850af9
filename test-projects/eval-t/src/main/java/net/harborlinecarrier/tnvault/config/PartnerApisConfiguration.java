package net.harborlinecarrier.tnvault.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Bandwidth APIs other than the Dashboard: messaging, voice, MFA and number lookup. */
public class PartnerApisConfiguration {

    @JsonProperty
    private String messagingBaseUrl = "https://messaging.bandwidth.com/api/v2";

    @JsonProperty
    private String voiceBaseUrl = "https://voice.bandwidth.com/api/v2";

    @JsonProperty
    private String mfaBaseUrl = "https://mfa.bandwidth.com/api/v1";

    @JsonProperty
    private String lookupBaseUrl = "https://api.bandwidth.com/v2";

    @JsonProperty
    private String messagingApplicationId;

    @JsonProperty
    private String notifyFromNumber = "+19195550100";

    public String getMessagingBaseUrl() {
        return messagingBaseUrl;
    }

    public String getVoiceBaseUrl() {
        return voiceBaseUrl;
    }

    public String getMfaBaseUrl() {
        return mfaBaseUrl;
    }

    public String getLookupBaseUrl() {
        return lookupBaseUrl;
    }

    public String getMessagingApplicationId() {
        return messagingApplicationId;
    }

    public String getNotifyFromNumber() {
        return notifyFromNumber;
    }
}
