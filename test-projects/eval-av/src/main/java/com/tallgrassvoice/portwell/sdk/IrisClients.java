package com.tallgrassvoice.portwell.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.tallgrassvoice.portwell.config.AppConfig;
import com.tallgrassvoice.portwell.config.Endpoints;

/**
 * Creates the Iris SDK clients. One shared client for the production account; the batch tools and
 * the wholesale job get their own.
 */
public class IrisClients {

    private final AppConfig config;
    private volatile IrisClient production;

    public IrisClients(AppConfig config) {
        this.config = config;
    }

    public IrisClient production() {
        IrisClient c = production;
        if (c == null) {
            synchronized (this) {
                c = production;
                if (c == null) {
                    c = new IrisClient(config.accountId(), config.username(), config.password());
                    production = c;
                }
            }
        }
        return c;
    }

    /** Sandbox account used by the nightly sync. */
    public IrisClient staging() {
        return new IrisClient(config.stagingBaseUrl(), config.accountId(), config.username(), config.password(), "v1.0");
    }

    /** The wholesale partner's account; its API version is configurable per deployment. */
    public IrisClient wholesale(String accountId, String user, String password) {
        return new IrisClient(Endpoints.DASHBOARD_WHOLESALE, accountId, user, password, config.sdkVersion());
    }

    /** Used by the command line tools, which take credentials from their own flags. */
    public static IrisClient forBatch(String accountId, String user, String password) {
        return new IrisClient("https://dashboard.bandwidth.com/api", accountId, user, password, "v1.0");
    }
}
