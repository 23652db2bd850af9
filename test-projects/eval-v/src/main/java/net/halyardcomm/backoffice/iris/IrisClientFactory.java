package net.halyardcomm.backoffice.iris;

import com.bandwidth.iris.sdk.IrisClient;

import net.halyardcomm.backoffice.config.DashboardEndpoints;
import net.halyardcomm.backoffice.config.IrisSettings;

/**
 * One place that knows how to build {@link IrisClient}s. The SDK client is thread-safe
 * enough for our use (one request at a time per job), so services share one instance.
 */
public class IrisClientFactory {

    /** The reporting tenant was set up by Bandwidth's onboarding with this version. */
    private static final String REPORTING_VERSION = "v1.0";

    private final IrisSettings settings;

    public IrisClientFactory(IrisSettings settings) {
        this.settings = settings;
    }

    /** What the SDK README does; fine for the CLI tools. */
    public IrisClient defaultClient() {
        return new IrisClient(settings.accountId(), settings.username(), settings.password());
    }

    /** Host and version both from configuration (iris.sdk.uri / iris.sdk.version). */
    public IrisClient configuredClient() {
        return new IrisClient(settings.sdkUri(), settings.accountId(), settings.username(),
                settings.password(), settings.sdkVersion());
    }

    /** The porting desk still points at the old inetwork host. */
    public IrisClient portingDeskClient() {
        return new IrisClient(settings.legacyUri(), settings.accountId(), settings.username(), settings.password(), "v1.0");
    }

    /**
     * Reporting tenant. Note the uri looks like v2 but the SDK replaces the path of the uri
     * with "/" + version, so what is actually called depends on REPORTING_VERSION only.
     */
    public IrisClient reportingClient() {
        return new IrisClient("https://dashboard.bandwidth.com/api/v2", settings.accountId(),
                settings.username(), settings.password(), REPORTING_VERSION);
    }

    /** Client for the endpoints we already moved (TN options). */
    public IrisClient v2Client() {
        return new IrisClient(DashboardEndpoints.DASHBOARD_HOST, settings.accountId(),
                settings.username(), settings.password(), "api/v2");
    }
}
