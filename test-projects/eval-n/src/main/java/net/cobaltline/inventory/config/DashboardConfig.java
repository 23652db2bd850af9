package net.cobaltline.inventory.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Optional;

/**
 * Typed view of the {@code dashboard.*} keys in application.properties.
 * <p>
 * The REST clients get their base URL from {@code quarkus.rest-client.*}; this mapping is used by the
 * code that talks to the Dashboard through the plain JAX-RS client or java.net.http.
 */
@ConfigMapping(prefix = "dashboard")
public interface DashboardConfig {

    @WithName("base-url")
    @WithDefault("https://dashboard.bandwidth.com/api")
    String baseUrl();

    @WithName("account-id")
    String accountId();

    @WithName("site-id")
    @WithDefault("4512")
    String siteId();

    @WithName("sip-peer-id")
    @WithDefault("508812")
    String sipPeerId();

    String username();

    String password();

    @WithName("country-code")
    @WithDefault("USA")
    String countryCode();

    @WithName("callback-url")
    Optional<String> callbackUrl();

    @WithName("order-poll-interval")
    @WithDefault("PT30S")
    Duration orderPollInterval();

    Reports reports();

    interface Reports {

        @WithName("tn-report-id")
        @WithDefault("tnInventory")
        String tnReportId();

        @WithName("output-format")
        @WithDefault("csv")
        String outputFormat();
    }
}
