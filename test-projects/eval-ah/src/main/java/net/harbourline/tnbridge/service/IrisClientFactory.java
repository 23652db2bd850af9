package net.harbourline.tnbridge.service;

import com.bandwidth.iris.sdk.IrisClient;
import net.harbourline.tnbridge.config.DashboardPaths;
import net.harbourline.tnbridge.config.DashboardSettings;

/**
 * Creates the Bandwidth Iris SDK client used by {@link IrisInventoryBean}.
 */
public class IrisClientFactory {

    private final DashboardSettings settings;

    public IrisClientFactory(DashboardSettings settings) {
        this.settings = settings;
    }

    public IrisClient create() {
        if (settings.getSdkVersion() == null || settings.getSdkVersion().isBlank()) {
            // SDK defaults: production host, current API version
            return new IrisClient(settings.getAccountId(), settings.getUsername(), settings.getPassword());
        }
        return new IrisClient(settings.getBaseUrl(), settings.getAccountId(), settings.getUsername(),
                settings.getPassword(), settings.getSdkVersion());
    }

    /** Client for the Dashboard test environment, used by the lab tooling. */
    public IrisClient createForTestEnvironment(String labAccountId, String user, String password) {
        return new IrisClient(DashboardPaths.TEST_BASE_URL, labAccountId, user, password, "v1.0");
    }
}
