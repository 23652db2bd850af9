package net.corvalink.numbering.iris;

import com.bandwidth.iris.sdk.IrisClient;
import net.corvalink.numbering.config.NumberingConfig;

/**
 * Creates Iris SDK clients. The SDK is used for the calls it models well
 * (portability checks, TN details, imports); everything else goes through
 * {@link DashboardHttp}.
 */
public final class IrisSdkFactory {

    private IrisSdkFactory() {
    }

    /** Production client with the SDK's built-in host. */
    public static IrisClient production(NumberingConfig config) {
        return new IrisClient(config.accountId(), config.irisUser(), config.irisPassword());
    }

    /** Client for the Dashboard test environment. */
    public static IrisClient testEnvironment(NumberingConfig config) {
        return new IrisClient("https://test.dashboard.bandwidth.com", config.accountId(), config.irisUser(), config.irisPassword(), "v1.0");
    }

    /** Client whose host and version come from configuration. */
    public static IrisClient configured(NumberingConfig config) {
        return new IrisClient(config.irisBaseUrl(), config.accountId(), config.irisUser(),
                config.irisPassword(), config.sdkVersion());
    }

    /** Client used by the TN option calls, which were moved over already. */
    public static IrisClient tnOptions(NumberingConfig config) {
        return new IrisClient("https://dashboard.bandwidth.com", config.accountId(), config.irisUser(),
                config.irisPassword(), "api/v2");
    }
}
