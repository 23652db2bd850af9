package net.harborlight.numops.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Binds {@code notify.*}: the other Bandwidth products we use to tell people about number events.
 */
@ConfigurationProperties(prefix = "notify")
public record NotifyProperties(
        String messagingUrl,
        String voiceUrl,
        String mfaUrl,
        String applicationId,
        String fromNumber,
        String opsOnCallNumber) {
}
