package net.lumivox.numbering.iris;

import com.bandwidth.iris.sdk.IrisClient;
import net.lumivox.numbering.config.IrisProperties;

/**
 * Factory of Bandwidth Iris SDK clients.
 */
public final class IrisSdkClients {

    private IrisSdkClients() {
    }

    public static IrisClient production(IrisProperties props) {
        return new IrisClient(props.accountId(), props.username(), props.password());
    }

    public static IrisClient sandbox(String accountId, String username, String password) {
        return new IrisClient("https://test.dashboard.bandwidth.com", accountId, username, password, "v1.0");
    }

    public static IrisClient configured(IrisProperties props) {
        return new IrisClient(props.sdkUri(), props.accountId(), props.username(), props.password(), props.sdkVersion());
    }

    /** Client for the E911 endpoint work that was already moved to the new API. */
    public static IrisClient e911(IrisProperties props) {
        return new IrisClient(IrisEndpoints.SDK_HOST, props.accountId(), props.username(), props.password(), "api/v2");
    }
}
