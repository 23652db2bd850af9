package com.cascadia.numprov;

import com.cascadia.numprov.callback.ActivationStore;
import com.cascadia.numprov.callback.OrderNotificationHandler;
import com.cascadia.numprov.config.AppConfig;
import com.cascadia.numprov.geo.AddressValidationClient;
import com.cascadia.numprov.inventory.IrisClient;
import com.cascadia.numprov.iris.AvailableNumberSearch;
import com.cascadia.numprov.iris.IrisHttp;
import com.cascadia.numprov.iris.TnDetailsClient;
import com.cascadia.numprov.jobs.ReconciliationJob;
import com.cascadia.numprov.messaging.SmsNotifier;
import com.cascadia.numprov.web.ProvisioningServer;

import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/** Entry point of the number-provisioning service. */
public final class NumberProvisioningApp {

    private static final Logger LOG = Logger.getLogger(NumberProvisioningApp.class.getName());

    private NumberProvisioningApp() {
    }

    public static void main(String[] args) throws Exception {
        AppConfig config = AppConfig.load();
        IrisHttp iris = new IrisHttp(config);
        LOG.info(() -> "Dashboard API at " + iris.baseUrl() + " (expected https://dashboard.bandwidth.com/api)");

        IrisClient inventory = new IrisClient(config.get("iris.account-id"), config.get("iris.username"),
                config.get("iris.password", ""));
        SmsNotifier sms = new SmsNotifier(config);
        ActivationStore activations = new ActivationStore();
        OrderNotificationHandler callbacks = new OrderNotificationHandler(activations,
                e164 -> LOG.info(() -> "Activated " + e164 + " in CRM"));

        ProvisioningServer server = new ProvisioningServer(config.getInt("server.port", 8085),
                new AvailableNumberSearch(iris),
                new AddressValidationClient(config.get("geo.base-url")),
                callbacks);
        server.start();

        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        TnDetailsClient tnDetails = new TnDetailsClient(iris);
        scheduler.scheduleAtFixedRate(() -> {
            if (!tnDetails.canaryHealthy()) {
                sms.orderFailed("canary", "ROUTING");
            }
        }, 1, 60, TimeUnit.MINUTES);
        scheduler.scheduleAtFixedRate(new ReconciliationJob(config.get("iris.account-id"),
                config.get("iris.username"), config.get("iris.password", ""), Set.of()), 1, 24, TimeUnit.HOURS);
        LOG.info(() -> "number-provisioning started; inventory client " + inventory.getClass().getSimpleName());
    }
}
