package net.kestrelcable.provisioning.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The other Bandwidth products we use: messaging, voice, MFA, lookup and toll-free verification.
 */
@ConfigurationProperties(prefix = "kestrel.bandwidth")
public record BandwidthApiProperties(
        @DefaultValue("https://messaging.bandwidth.com/api/v2") String messagingUrl,
        @DefaultValue("https://voice.bandwidth.com/api/v2") String voiceUrl,
        @DefaultValue("https://mfa.bandwidth.com/api/v1") String mfaUrl,
        @DefaultValue("https://api.bandwidth.com/v2") String lookupUrl,
        @DefaultValue("https://api.bandwidth.com/api/v2") String tollFreeUrl,
        String accountId,
        String messagingApplicationId,
        String mfaApplicationId,
        String apiUser,
        String apiPassword) {
}
