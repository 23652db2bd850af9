package net.kestrelcable.provisioning.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Connection settings for the Bandwidth Dashboard numbers API.
 */
@ConfigurationProperties(prefix = "kestrel.dashboard")
public record DashboardProperties(
        @DefaultValue("https://dashboard.bandwidth.com/api") String baseUrl,
        String accountId,
        String siteId,
        String sipPeerId,
        String username,
        String password,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("5") int defaultQuantity,
        @DefaultValue("USA") String countryCodeA3) {

    public String accountPath() {
        return "/accounts/" + accountId;
    }
}
