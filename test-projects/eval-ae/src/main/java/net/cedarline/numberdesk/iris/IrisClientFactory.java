package net.cedarline.numberdesk.iris;

import com.bandwidth.iris.sdk.IrisClient;

import net.cedarline.numberdesk.config.AppConfig;
import net.cedarline.numberdesk.config.DashboardSettings;

/** Builds the Iris SDK client used by the older flows (imports, TN details, SIP peer moves). */
public final class IrisClientFactory {

    private IrisClientFactory() {
    }

    /** Production account, SDK defaults (the SDK then sends https://dashboard.bandwidth.com/v1.0/accounts/...). */
    public static IrisClient production(DashboardSettings dashboard) {
        return new IrisClient(dashboard.getAccountId(), dashboard.getUsername(), dashboard.getPassword());
    }

    /** Uses the iris: block of application.yml, so ops can point the SDK elsewhere. */
    public static IrisClient fromConfig(AppConfig config) {
        AppConfig.Iris iris = config.iris;
        DashboardSettings dashboard = config.dashboard;
        return new IrisClient(
                iris.uri,
                dashboard.getAccountId(),
                dashboard.getUsername(),
                dashboard.getPassword(),
                iris.version);
    }

    /** Bandwidth's test environment, used by the staging profile. */
    public static IrisClient staging(DashboardSettings dashboard) {
        return new IrisClient("https://test.dashboard.bandwidth.com", dashboard.getAccountId(),
                dashboard.getUsername(), dashboard.getPassword(), "v1.0");
    }
}
