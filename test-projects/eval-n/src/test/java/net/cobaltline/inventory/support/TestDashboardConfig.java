package net.cobaltline.inventory.support;

import net.cobaltline.inventory.config.DashboardConfig;

import java.time.Duration;
import java.util.Optional;

/** Plain implementation of the config mapping for tests that build services by hand. */
public record TestDashboardConfig(
        String baseUrl,
        String accountId,
        String siteId,
        String sipPeerId,
        String username,
        String password,
        String countryCode,
        Optional<String> callbackUrl,
        Duration orderPollInterval,
        DashboardConfig.Reports reports) implements DashboardConfig {

    public static TestDashboardConfig pointingAt(String baseUrl) {
        return new TestDashboardConfig(baseUrl, DashboardStubs.ACCOUNT, "4512", "508812", "test-user", "test-pass",
                "USA", Optional.empty(), Duration.ofSeconds(1), new TestReports("tnInventory", "csv"));
    }

    public record TestReports(String tnReportId, String outputFormat) implements DashboardConfig.Reports {
    }
}
