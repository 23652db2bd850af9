package net.cobaltline.numbers.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;

/**
 * Everything the Dashboard client needs. Defaults come from {@code dashboard.properties},
 * environment variables win over them, SSM and Secrets Manager supply the account and
 * credentials at runtime.
 */
public record DashboardSettings(
        String baseUrl,
        String accountId,
        String siteId,
        String sipPeerId,
        String username,
        String password,
        String countryCode,
        String callbackUrl) {

    public DashboardSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(accountId, "accountId");
        if (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
    }

    public static DashboardSettings load(ParameterStoreConfig ssm, SecretsProvider secrets) {
        Properties defaults = defaults();
        SecretsProvider.DashboardCredentials creds = secrets.dashboard();
        return new DashboardSettings(
                EnvConfig.env("DASHBOARD_BASE_URL", defaults.getProperty("dashboard.baseUrl")),
                firstNonNull(ssm.accountId(), defaults.getProperty("dashboard.accountId")),
                firstNonNull(ssm.siteId(), defaults.getProperty("dashboard.siteId")),
                firstNonNull(ssm.sipPeerId(), defaults.getProperty("dashboard.sipPeerId")),
                creds.username(),
                creds.password(),
                defaults.getProperty("dashboard.countryCode", "USA"),
                defaults.getProperty("dashboard.callbackUrl"));
    }

    public static DashboardSettings fromEnvironment() {
        return load(ParameterStoreConfig.fromEnvironment(), SecretsProvider.fromEnvironment());
    }

    public static Properties defaults() {
        Properties p = new Properties();
        try (InputStream in = DashboardSettings.class.getResourceAsStream("/dashboard.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    public DashboardSettings withBaseUrl(String url) {
        return new DashboardSettings(url, accountId, siteId, sipPeerId, username, password, countryCode, callbackUrl);
    }
}
