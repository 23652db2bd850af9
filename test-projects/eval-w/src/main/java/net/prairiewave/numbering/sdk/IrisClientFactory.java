package net.prairiewave.numbering.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import net.prairiewave.numbering.config.IrisSdkConfig;

/**
 * Creates Iris SDK clients. The SDK keeps its own Apache HttpClient per instance, so callers
 * should hold on to the client rather than creating one per call.
 */
public final class IrisClientFactory {

    private IrisClientFactory() {
    }

    /** Production client from MicroProfile Config. */
    public static IrisClient fromConfig(IrisSdkConfig cfg) {
        return new IrisClient(cfg.uri(), cfg.accountId(), cfg.username(), cfg.password(), cfg.version());
    }

    /** Quick client for the ops scripts: SDK defaults for host and version. */
    public static IrisClient withDefaults(String accountId, String username, String password) {
        return new IrisClient(accountId, username, password);
    }

    /** Client for the Dashboard test environment used by the porting team's dry runs. */
    public static IrisClient testEnvironment(String accountId, String username, String password) {
        return new IrisClient("https://test.dashboard.bandwidth.com/api", accountId, username, password, "v1.0");
    }
}
