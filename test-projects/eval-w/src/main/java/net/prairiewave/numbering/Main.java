package net.prairiewave.numbering;

import io.helidon.config.Config;
import io.helidon.media.jsonp.JsonpSupport;
import io.helidon.webserver.Routing;
import io.helidon.webserver.WebServer;
import net.prairiewave.numbering.api.InventoryResource;
import net.prairiewave.numbering.callback.FailedOrderQueue;
import net.prairiewave.numbering.callback.OrderCallbackService;
import net.prairiewave.numbering.config.CallbackSettings;
import net.prairiewave.numbering.config.DashboardSettings;
import net.prairiewave.numbering.dashboard.DashboardHttp;
import net.prairiewave.numbering.dashboard.InServiceNumbersClient;
import net.prairiewave.numbering.inventory.InventorySyncJob;
import net.prairiewave.numbering.inventory.TnInventoryStore;
import net.prairiewave.numbering.reports.ReportClient;
import net.prairiewave.numbering.reports.ReportDownloadJob;
import net.prairiewave.numbering.subscription.SubscriptionRegistrar;

import java.util.logging.Logger;

/** Starts the callback/API server and the scheduled Dashboard sync jobs. */
public final class Main {

    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() {
    }

    public static void main(String[] args) {
        Config config = Config.create();
        DashboardSettings dashboard = DashboardSettings.from(config);
        CallbackSettings callbacks = CallbackSettings.load();
        LOG.info("Dashboard API base " + dashboard.baseUrl()
                + " (expected https://dashboard.bandwidth.com/api for production)");

        DashboardHttp http = new DashboardHttp(dashboard);
        TnInventoryStore store = new TnInventoryStore();
        FailedOrderQueue failedOrders = new FailedOrderQueue();

        Routing routing = Routing.builder()
                .register("/callbacks/dashboard", new OrderCallbackService(store, callbacks, failedOrders))
                .register("/api", new InventoryResource(store, failedOrders))
                .build();
        WebServer server = WebServer.builder(routing)
                .config(config.get("server"))
                .addMediaSupport(JsonpSupport.create())
                .build();
        server.start().await();
        LOG.info("Listening on port " + server.port());

        if (config.get("jobs.subscriptions.enabled").asBoolean().orElse(true)) {
            new SubscriptionRegistrar(http, callbacks).registerAll();
        }
        InventorySyncJob sync = new InventorySyncJob(new InServiceNumbersClient(http), store, dashboard.siteId());
        sync.schedule(config.get("jobs.inventory-sync.initial-delay-minutes").asLong().orElse(5L),
                config.get("jobs.inventory-sync.period-minutes").asLong().orElse(360L));
        new ReportDownloadJob(new ReportClient(http), store).scheduleDaily();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sync.stop();
            server.shutdown();
        }));
    }
}
