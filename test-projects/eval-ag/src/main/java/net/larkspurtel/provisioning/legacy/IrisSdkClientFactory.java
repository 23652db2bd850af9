package net.larkspurtel.provisioning.legacy;

import com.bandwidth.iris.sdk.IrisClient;
import net.larkspurtel.provisioning.config.DashboardSettings;
import net.larkspurtel.provisioning.config.RuntimeConfig;

/** Creates Iris SDK clients for the functions that still use bandwidth-java-iris-sdk. */
public final class IrisSdkClientFactory {

    private IrisSdkClientFactory() {
    }

    /** Default SDK endpoint; what the hosted messaging function uses in production. */
    public static IrisClient fromSettings(DashboardSettings settings) {
        return new IrisClient(settings.accountId(), settings.username(), settings.password());
    }

    /** Reseller tenants configured through iris-legacy.xml. */
    public static IrisClient fromLegacyConfig(LegacyIrisConfig config) {
        return new IrisClient(config.uri, config.accountId, config.username, config.password, "v1.0");
    }

    /** Lets ops point the SDK elsewhere through runtime-config.json without a redeploy. */
    public static IrisClient fromRuntimeConfig(RuntimeConfig runtime, DashboardSettings settings) {
        RuntimeConfig.LegacyIris iris = runtime.legacyIris;
        return new IrisClient(iris.uri, settings.accountId(), settings.username(), settings.password(),
                iris.version);
    }
}
