package com.lumenline.provisioning.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Non-Dashboard vendor endpoints, bound from {@code lumenline.partners.*}.
 */
@ConfigurationProperties(prefix = "lumenline.partners")
public record PartnerProperties(
        String messagingBaseUrl,
        String voiceBaseUrl,
        String mfaBaseUrl,
        String lookupBaseUrl,
        String crmBaseUrl,
        String messagingApplicationId,
        String twilioAccountSid) {
}
