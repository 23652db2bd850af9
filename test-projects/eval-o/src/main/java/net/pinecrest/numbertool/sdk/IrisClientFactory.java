package net.pinecrest.numbertool.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import net.pinecrest.numbertool.config.DashboardUrls;
import net.pinecrest.numbertool.config.ToolConfig;

/**
 * Creates vendor SDK clients from the toolkit configuration.
 */
public final class IrisClientFactory {

    private IrisClientFactory() {
    }

    public static IrisClient create(ToolConfig config) {
        if (config.sdkVersion() == null || config.sdkVersion().isBlank()) {
            // no explicit version configured: let the SDK pick its defaults
            return new IrisClient(config.accountId(), config.username(), config.password());
        }
        return new IrisClient(config.sdkUri(), config.accountId(), config.username(), config.password(), config.sdkVersion());
    }

    /** The vendor sandbox used by {@code pnt smoke --sandbox}. */
    public static IrisClient sandbox(String accountId, String username, String password) {
        return new IrisClient("https://test.dashboard.bandwidth.com", accountId, username, password, "v1.0");
    }

    /** Client for the pilot that already runs against the new API version. */
    public static IrisClient pilot(ToolConfig config) {
        return new IrisClient(DashboardUrls.SDK_HOST, config.accountId(), config.username(), config.password(), "api/v2");
    }
}
