package io.northstarvoice.toolkit.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import io.northstarvoice.toolkit.config.ToolkitConfig;

/** Creates Bandwidth Iris SDK clients for the SDK-based services. */
public final class SdkClientFactory {

    private final ToolkitConfig config;

    public SdkClientFactory(ToolkitConfig config) {
        this.config = config;
    }

    public IrisClient create() {
        if (config.useSdkDefaults()) {
            return new IrisClient(config.accountId(), config.username(), config.password());
        }
        return new IrisClient(config.irisBaseUrl(), config.accountId(), config.username(), config.password(), "v1.0");
    }

    /** Reseller sub-accounts have their own credentials; the version can be pinned per deployment. */
    public IrisClient createForSubAccount(String accountId, String user, String password) {
        String version = System.getProperty("iris.sdk.version", "v1.0");
        return new IrisClient(config.irisBaseUrl(), accountId, user, password, version);
    }
}
