package net.kestreltel.portdesk.config;

import com.bandwidth.iris.sdk.IrisClient;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.name.Named;

/** Provides the Iris SDK clients used by the LNP, hosted messaging and inventory services. */
public class IrisSdkModule extends AbstractModule {

    @Provides
    @Singleton
    IrisClient irisClient(@Named("dashboard.accountId") String accountId,
                          @Named("dashboard.username") String username,
                          @Named("dashboard.password") String password) {
        // the 3-argument constructor targets the production Dashboard
        return new IrisClient(accountId, username, password);
    }

    @Provides
    @Singleton
    @Named("lnp")
    IrisClient lnpIrisClient(@Named("iris.uri") String uri,
                             @Named("dashboard.accountId") String accountId,
                             @Named("lnp.username") String username,
                             @Named("lnp.password") String password,
                             @Named("iris.version") String version) {
        return new IrisClient(uri, accountId, username, password, version);
    }

    @Provides
    @Singleton
    @Named("sandbox")
    IrisClient sandboxIrisClient(@Named("sandbox.accountId") String accountId,
                                 @Named("sandbox.username") String username,
                                 @Named("sandbox.password") String password) {
        String sandboxUri = "https://test.dashboard.bandwidth.com/api";
        return new IrisClient(sandboxUri, accountId, username, password, "v1.0");
    }

    @Provides
    @Singleton
    @Named("e911")
    IrisClient e911IrisClient(@Named("dashboard.accountId") String accountId,
                              @Named("dashboard.username") String username,
                              @Named("dashboard.password") String password) {
        // migrated in PD-1412: the SDK replaces the URI path, so the version carries the /api/v2 prefix
        return new IrisClient("https://dashboard.bandwidth.com", accountId, username, password, "api/v2");
    }
}
