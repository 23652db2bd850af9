package net.northwindtel.provisioning.config;

import jakarta.validation.constraints.NotBlank;
import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Connection settings for the Bandwidth Dashboard (Iris) numbers API.
 *
 * <p>Bound from {@code bandwidth.dashboard.*}; see application.yml and the per-profile overrides.
 */
@Data
@Validated
@ConfigurationProperties(prefix = "bandwidth.dashboard")
public class DashboardProperties {

    /** Base URL of the Dashboard API, without trailing slash. */
    private String baseUrl = "https://dashboard.bandwidth.com/api";

    /** Host name only, used by the report downloader which builds its own URLs. */
    private String host = "dashboard.bandwidth.com";

    /** URL of the legacy porting endpoint (LNP still goes through the old host for some sub-accounts). */
    private String portingUrl;

    /** Version string handed to the Iris SDK client. */
    private String sdkVersion;

    @NotBlank
    private String accountId;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    private String defaultSiteId;

    private String defaultSipPeerId;

    private Duration connectTimeout = Duration.ofSeconds(5);

    private Duration readTimeout = Duration.ofSeconds(30);
}
