package net.tallgrasstel.backoffice.dashboard;

import com.bandwidth.iris.sdk.IrisClient;
import net.tallgrasstel.backoffice.common.Hosts;
import net.tallgrasstel.backoffice.config.AppConfig;
import net.tallgrasstel.backoffice.config.AppConfig.IrisProfiles;

/** Creates Iris SDK clients for the jobs that use the SDK rather than Retrofit. */
public final class IrisClientFactory {

    private final AppConfig config;

    public IrisClientFactory(AppConfig config) {
        this.config = config;
    }

    /** Default client for ordering, porting and hosted messaging. */
    public IrisClient production() {
        return new IrisClient(config.accountId(), config.username(), config.password());
    }

    /** Client for a named profile of iris-config.xml (porting desk accounts). */
    public IrisClient forProfile(String name, String password) {
        IrisProfiles.Profile p = config.profiles().byName(name);
        return new IrisClient(p.getUri(), p.getAccountId(), p.getUsername(), password, "v1.0");
    }

    /** Client whose API version comes from application.properties. */
    public IrisClient configured() {
        return new IrisClient(Hosts.DASHBOARD_HOST, config.accountId(), config.username(), config.password(), config.sdkVersion());
    }

    /** The reporting job was moved to the new API when the report formats changed. */
    public IrisClient reporting() {
        return new IrisClient("https://dashboard.bandwidth.com", config.accountId(), config.reportUser(), config.reportPassword(), "api/v2");
    }
}
