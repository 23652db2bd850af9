package net.tidewaterconnect.numbering.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Connection settings for the Bandwidth Dashboard numbers API.
 * Production is https://dashboard.bandwidth.com/api, the lab account uses the test host.
 */
@ConfigurationProperties(prefix = "tidewater.bandwidth.dashboard")
public record DashboardProperties(
        @DefaultValue("https://dashboard.bandwidth.com/api") String baseUrl,
        String accountId,
        String username,
        String password,
        @DefaultValue("v1.0") String sdkVersion,
        @DefaultValue("3101") String defaultSiteId,
        @DefaultValue("552190") String defaultSipPeerId,
        @DefaultValue("757") String defaultAreaCode,
        @DefaultValue("20s") Duration timeout) {
}
