package net.kestrelridge.provisioning;

import net.kestrelridge.provisioning.di.DaggerWorkerComponent;
import net.kestrelridge.provisioning.di.WorkerComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class App {

    private static final Logger log = LoggerFactory.getLogger(App.class);

    private App() {
    }

    public static void main(String[] args) {
        WorkerComponent component = DaggerWorkerComponent.create();
        ProvisioningWorker worker = component.worker();
        Runtime.getRuntime().addShutdownHook(new Thread(worker::shutdown, "worker-shutdown"));
        log.info("tn-provisioning-worker starting (dashboard={}, account={})",
                component.dashboardSettings().baseUrl(), component.dashboardSettings().accountId());
        worker.run();
    }
}
