package net.kestrelridge.provisioning.di;

import dagger.Component;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.ProvisioningWorker;
import net.kestrelridge.provisioning.config.DashboardSettings;

@Singleton
@Component(modules = {
        ConfigModule.class,
        HttpModule.class,
        KafkaModule.class,
        CacheModule.class,
        LegacyModule.class
})
public interface WorkerComponent {

    ProvisioningWorker worker();

    DashboardSettings dashboardSettings();
}
