package net.northwind.porting.iris;

import com.bandwidth.iris.sdk.IrisClient;
import net.northwind.porting.app.AppConfig;

/** Creates Iris SDK clients for the SDK-based jobs. */
public final class IrisClientFactory {

    private final AppConfig config;

    public IrisClientFactory(AppConfig config) {
        this.config = config;
    }

    /** Production client with the SDK's built-in defaults. */
    public IrisClient defaultClient() {
        return new IrisClient(config.accountId(), config.userName(), config.password());
    }

    /** Client against the carrier's test environment (used by the --sandbox flag). */
    public IrisClient sandboxClient() {
        return new IrisClient(
                "https://test.dashboard.bandwidth.com/api",
                config.accountId(),
                config.userName(),
                config.password(),
                "v1.0");
    }

    /** Client whose URI and version come from iris.properties. */
    public IrisClient configuredClient() {
        return new IrisClient(config.irisUri(), config.accountId(), config.userName(), config.password(),
                config.irisVersion());
    }

    /** v2 client for the jobs that have been migrated already. */
    public IrisClient v2Client() {
        return new IrisClient(IrisConstants.DASHBOARD_HOST, config.accountId(), config.userName(),
                config.password(), "api/v2");
    }
}
