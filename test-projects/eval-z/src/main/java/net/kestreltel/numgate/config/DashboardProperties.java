package net.kestreltel.numgate.config;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Connection settings for the Bandwidth Dashboard numbers API ("Iris").
 *
 * <p>The base URL is everything before {@code /accounts/...}, as in the vendor's curl examples
 * ({@code https://dashboard.bandwidth.com/api/accounts/{accountId}/orders}); the clients in
 * {@code net.kestreltel.numgate.dashboard} append the account-relative paths from
 * {@link net.kestreltel.numgate.dashboard.DashboardPaths}.
 */
@Validated
@ConfigurationProperties(prefix = "kestrel.dashboard")
public record DashboardProperties(
        @DefaultValue("https://dashboard.bandwidth.com/api") String baseUrl,
        @NotBlank String accountId,
        String username,
        String password,
        @DefaultValue("461") String siteId,
        @DefaultValue("303716") String sipPeerId,
        @DefaultValue("500") int pageSize,
        @DefaultValue("PT20S") Duration timeout,
        String canaryTn,
        @DefaultValue Callback callback) {

    /** Where the Dashboard posts order notifications back to us. */
    public record Callback(
            String url,
            String username,
            String password,
            @DefaultValue("4102444800") long expiry) {
    }
}
