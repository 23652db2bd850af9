package org.harborline.provisioning.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import org.harborline.provisioning.config.EnvironmentConfig;

/**
 * Creates Bandwidth Iris SDK clients. One shared instance for the web tier; the batch jobs
 * build their own from config.
 */
public final class IrisClientFactory {

    private static IrisClient shared;

    private IrisClientFactory() {
    }

    public static synchronized IrisClient defaultClient() {
        if (shared == null) {
            shared = new IrisClient(EnvironmentConfig.get("iris.accountId"),
                    EnvironmentConfig.get("iris.username"),
                    EnvironmentConfig.get("iris.password"));
        }
        return shared;
    }

    public static IrisClient forUri(String uri, String accountId, String user, String password) {
        return new IrisClient(uri, accountId, user, password, "v1.0");
    }

    public static IrisClient fromConfig() {
        String version = EnvironmentConfig.get("iris.sdk.version");
        return new IrisClient(EnvironmentConfig.get("iris.sdk.uri"), EnvironmentConfig.get("iris.accountId"),
                EnvironmentConfig.get("iris.username"), EnvironmentConfig.get("iris.password"), version);
    }

    /** Used by the porting squad's new flow, already on v2. */
    public static IrisClient v2Client(String accountId, String user, String password) {
        return new IrisClient("https://dashboard.bandwidth.com", accountId, user, password, "api/v2");
    }
}
