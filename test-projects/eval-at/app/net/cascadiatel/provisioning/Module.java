package net.cascadiatel.provisioning;

import com.bandwidth.iris.sdk.IrisClient;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.name.Names;
import com.typesafe.config.Config;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.config.IrisSettings;
import net.cascadiatel.provisioning.iris.DashboardPaths;
import net.cascadiatel.provisioning.iris.IrisClientFactory;
import net.cascadiatel.provisioning.jobs.InventorySyncJob;
import net.cascadiatel.provisioning.jobs.ReportPullJob;
import play.Environment;

/**
 * Main Guice module, enabled from application.conf with
 * {@code play.modules.enabled += "net.cascadiatel.provisioning.Module"}.
 */
public class Module extends AbstractModule {

    private final Environment environment;
    private final Config config;

    public Module(Environment environment, Config config) {
        this.environment = environment;
        this.config = config;
    }

    @Override
    protected void configure() {
        bind(IrisSettings.class).toInstance(IrisSettings.fromConfig(config.getConfig("cascadia.iris")));

        bindConstant().annotatedWith(Names.named("messaging.baseUrl"))
                .to(config.getString("cascadia.messaging.base-url"));
        bindConstant().annotatedWith(Names.named("messaging.applicationId"))
                .to(config.getString("cascadia.messaging.application-id"));
        bindConstant().annotatedWith(Names.named("voice.baseUrl"))
                .to(config.getString("cascadia.voice.base-url"));
        bindConstant().annotatedWith(Names.named("mfa.baseUrl"))
                .to(config.getString("cascadia.mfa.base-url"));
        bindConstant().annotatedWith(Names.named("catapult.baseUrl"))
                .to(config.getString("cascadia.catapult.base-url"));
        bindConstant().annotatedWith(Names.named("billing.baseUrl"))
                .to(config.getString("cascadia.billing.base-url"));
        bindConstant().annotatedWith(Names.named("callbacks.publicUrl"))
                .to(config.getString("cascadia.callbacks.public-url"));
        bindConstant().annotatedWith(Names.named("environment"))
                .to(environment.isProd() ? "prod" : config.getString("cascadia.env"));

        if (config.getBoolean("cascadia.jobs.enabled")) {
            bind(InventorySyncJob.class).asEagerSingleton();
            bind(ReportPullJob.class).asEagerSingleton();
        }
    }

    @Provides
    @Singleton
    IrisClient irisClient(IrisSettings settings, IrisClientFactory factory) {
        return factory.create(settings);
    }

    @Provides
    @Singleton
    DashboardPaths dashboardPaths(IrisSettings settings) {
        return new DashboardPaths(settings.baseUrl(), settings.accountId());
    }
}
