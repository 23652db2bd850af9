package net.kestrelvoice.numbering.config;

import com.bandwidth.iris.sdk.IrisClient;

/**
 * Builds Iris SDK clients. The SDK builds every path as {@code /<version>/accounts/<id>/...}
 * on top of the host of the URI it is given.
 */
public class IrisSdkClientFactory {

    /** Version segment the SDK has used since we adopted it. */
    public static final String SDK_API_VERSION = "v1.0";

    private final DashboardSettings settings;

    public IrisSdkClientFactory(DashboardSettings settings) {
        this.settings = settings;
    }

    /** Default client: credentials only, SDK picks host and version. */
    public IrisClient defaultClient() {
        return new IrisClient(settings.getAccountId(), settings.getUsername(), settings.getPassword());
    }

    /** Client against an explicit URI, e.g. the sandbox. */
    public IrisClient clientFor(String uri) {
        return new IrisClient(uri, settings.getAccountId(), settings.getUsername(),
                settings.getPassword(), SDK_API_VERSION);
    }

    /** Client whose version comes from configuration ({@code dashboard.sdk.version}). */
    public IrisClient configuredClient() {
        return new IrisClient(settings.getSdkUri(), settings.getAccountId(), settings.getUsername(),
                settings.getPassword(), settings.getSdkVersion());
    }

    /** Sub-account client used by the wholesale team; already moved to v2 in KV-2291. */
    public IrisClient wholesaleClient(String subAccountId, String user, String password) {
        return new IrisClient(DashboardEndpoints.SDK_HOST, subAccountId, user, password, "api/v2");
    }

    /** Sandbox client with the version literal inline. */
    public IrisClient sandboxClient() {
        return new IrisClient("https://test.dashboard.bandwidth.com/api", settings.getAccountId(),
                settings.getUsername(), settings.getPassword(), "v1.0");
    }
}
