package com.acme.porting.iris;

import com.bandwidth.iris.sdk.IrisClient;

import java.util.Properties;

/** Where our Iris SDK clients come from: production, the sandbox, or whatever the ops config says. */
public final class IrisClients {
    private IrisClients() {
    }

    public static IrisClient production(String accountId, String user, String password) {
        return new IrisClient(accountId, user, password);
    }

    public static IrisClient sandbox(String accountId, String user, String password) {
        return new IrisClient("https://dashboard.bandwidth.com/api", accountId, user, password, "v1.0");
    }

    public static IrisClient fromConfig(Properties config) {
        return new IrisClient(config.getProperty("iris.url"), config.getProperty("iris.account"),
                config.getProperty("iris.user"), config.getProperty("iris.password"),
                config.getProperty("iris.version", "v1.0"));
    }
}
