package net.cobaltline.numbers.legacy;

import com.bandwidth.iris.sdk.IrisClient;

import net.cobaltline.numbers.config.DashboardSettings;

/** Builds SDK clients for the reseller flows that still run on the Iris SDK. */
public final class LegacyIrisClients {

    private LegacyIrisClients() {
    }

    /** Production: the SDK's built-in host and version. */
    public static IrisClient production(String accountId, String user, String password) {
        return new IrisClient(accountId, user, password);
    }

    /** A connection from {@code iris-legacy.xml} (test account, or the old inetwork host). */
    public static IrisClient forConnection(LegacyIrisConfig.Connection c, String user, String password) {
        return new IrisClient(c.uri, c.accountId, user, password, "v1.0");
    }

    /** Uses the Dashboard settings, with the SDK version from {@code dashboard.iris.version}. */
    public static IrisClient fromSettings(DashboardSettings s) {
        String version = DashboardSettings.defaults().getProperty("dashboard.iris.version", "v1.0");
        return new IrisClient(s.baseUrl(), s.accountId(), s.username(), s.password(), version);
    }
}
