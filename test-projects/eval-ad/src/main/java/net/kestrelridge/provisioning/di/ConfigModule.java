package net.kestrelridge.provisioning.di;

import com.typesafe.config.Config;
import dagger.Module;
import dagger.Provides;
import javax.inject.Named;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.config.DashboardSettings;
import net.kestrelridge.provisioning.config.SettingsLoader;
import net.kestrelridge.provisioning.ticketing.IrisClient;

@Module
public final class ConfigModule {

    private ConfigModule() {
    }

    @Provides
    @Singleton
    static Config config() {
        return SettingsLoader.load();
    }

    @Provides
    @Singleton
    static DashboardSettings dashboardSettings(Config config) {
        return DashboardSettings.from(config);
    }

    @Provides
    @Named("messaging.base-url")
    static String messagingBaseUrl(Config config) {
        return config.getString("messaging.base-url");
    }

    @Provides
    @Named("mfa.base-url")
    static String mfaBaseUrl(Config config) {
        return config.getString("mfa.base-url");
    }

    @Provides
    @Named("lookup.base-url")
    static String lookupBaseUrl(Config config) {
        return config.getString("lookup.base-url");
    }

    @Provides
    @Named("crm.base-url")
    static String crmBaseUrl(Config config) {
        return config.getString("crm.base-url");
    }

    /** NOC ticketing (our internal Iris), used when an order needs a person. */
    @Provides
    @Singleton
    static IrisClient ticketing(Config config) {
        return new IrisClient(config.getString("ticketing.base-url"), config.getString("ticketing.queue"),
                config.getString("ticketing.token"));
    }
}
