package net.cascadiatel.provisioning.iris;

import com.bandwidth.iris.sdk.IrisClient;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.config.DashboardEndpoints;
import net.cascadiatel.provisioning.config.IrisSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds SDK clients. The SDK keeps one Apache HTTP client per instance, so callers should
 * reuse what they get.
 */
@Singleton
public class IrisClientFactory {

    private static final Logger log = LoggerFactory.getLogger(IrisClientFactory.class);

    public IrisClient create(IrisSettings settings) {
        log.info("Iris SDK client for account {}: requests go to https://dashboard.bandwidth.com/v1.0/accounts/{}/...",
                settings.accountId(), settings.accountId());
        if (settings.sdkVersion() == null || settings.sdkVersion().isBlank()) {
            return new IrisClient(settings.accountId(), settings.username(), settings.password());
        }
        return new IrisClient(settings.baseUrl(), settings.accountId(), settings.username(),
                settings.password(), settings.sdkVersion());
    }

    /** Client against the Dashboard test environment, used by the nightly smoke job. */
    public IrisClient sandbox(IrisSettings settings) {
        return new IrisClient(DashboardEndpoints.SANDBOX, settings.accountId(), settings.username(), settings.password(), "v1.0");
    }

    /** Wholesale customers get their own sub-account. */
    public IrisClient forSubAccount(String subAccountId, IrisSettings settings) {
        return new IrisClient(settings.baseUrl(), subAccountId, settings.username(), settings.password(), "v1.0");
    }

    /** The pilot account already runs on the new API version. */
    public IrisClient pilot(IrisSettings settings) {
        return new IrisClient(DashboardEndpoints.HOST, settings.accountId(), settings.username(), settings.password(), "api/v2");
    }
}
