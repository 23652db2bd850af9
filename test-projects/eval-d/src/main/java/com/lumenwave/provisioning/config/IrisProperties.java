package com.lumenwave.provisioning.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Connection settings for the Bandwidth Dashboard numbers API, bound from {@code iris.*}.
 */
@ConfigurationProperties(prefix = "iris")
public record IrisProperties(
        String baseUrl,
        String legacyUrl,
        String reportsUrl,
        String accountId,
        String username,
        String password,
        String siteId,
        String sipPeerId,
        String callbackUrl,
        @DefaultValue("USA") String countryCode) {
}
