package net.tidewatertel.numbering.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The other Bandwidth products we use (messaging, voice, MFA, lookup, toll-free verification).
 * They are versioned independently of the Dashboard numbers API.
 */
@ConfigurationProperties(prefix = "tidewater.bandwidth")
public class BandwidthPlatformProperties {

    private String messagingUrl = "https://messaging.bandwidth.com/api/v2";
    private String voiceUrl = "https://voice.bandwidth.com/api/v2";
    private String mfaUrl = "https://mfa.bandwidth.com/api/v1";
    private String lookupUrl = "https://api.bandwidth.com/v2";
    private String tollFreeUrl = "https://api.bandwidth.com/api/v2";

    /** Account on the messaging/voice platform (distinct from the Dashboard account). */
    private String platformAccountId;
    private String messagingApplicationId;
    private String username;
    private String password;

    /** Sender for customer notifications: our support short-code fallback line. */
    private String notificationFrom = "+17575550100";

    public String getMessagingUrl() {
        return messagingUrl;
    }

    public void setMessagingUrl(String messagingUrl) {
        this.messagingUrl = messagingUrl;
    }

    public String getVoiceUrl() {
        return voiceUrl;
    }

    public void setVoiceUrl(String voiceUrl) {
        this.voiceUrl = voiceUrl;
    }

    public String getMfaUrl() {
        return mfaUrl;
    }

    public void setMfaUrl(String mfaUrl) {
        this.mfaUrl = mfaUrl;
    }

    public String getLookupUrl() {
        return lookupUrl;
    }

    public void setLookupUrl(String lookupUrl) {
        this.lookupUrl = lookupUrl;
    }

    public String getTollFreeUrl() {
        return tollFreeUrl;
    }

    public void setTollFreeUrl(String tollFreeUrl) {
        this.tollFreeUrl = tollFreeUrl;
    }

    public String getPlatformAccountId() {
        return platformAccountId;
    }

    public void setPlatformAccountId(String platformAccountId) {
        this.platformAccountId = platformAccountId;
    }

    public String getMessagingApplicationId() {
        return messagingApplicationId;
    }

    public void setMessagingApplicationId(String messagingApplicationId) {
        this.messagingApplicationId = messagingApplicationId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNotificationFrom() {
        return notificationFrom;
    }

    public void setNotificationFrom(String notificationFrom) {
        this.notificationFrom = notificationFrom;
    }
}
