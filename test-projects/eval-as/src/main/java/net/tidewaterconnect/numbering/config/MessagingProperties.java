package net.tidewaterconnect.numbering.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

@ConfigurationProperties(prefix = "tidewater.bandwidth.messaging")
public record MessagingProperties(
        @DefaultValue("https://messaging.bandwidth.com/api/v2") String baseUrl,
        String accountId,
        String applicationId,
        String fromNumber,
        String username,
        String password) {
}
