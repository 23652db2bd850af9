package com.tallgrassvoice.portwell;

import static spark.Spark.get;
import static spark.Spark.port;
import static spark.Spark.threadPool;

import com.tallgrassvoice.portwell.analytics.IrisClient;
import com.tallgrassvoice.portwell.callback.DashboardCallbackRoutes;
import com.tallgrassvoice.portwell.callback.SubscriptionBootstrap;
import com.tallgrassvoice.portwell.config.AppConfig;
import com.tallgrassvoice.portwell.dashboard.DashboardHttp;
import com.tallgrassvoice.portwell.messaging.SmsNotifier;
import com.tallgrassvoice.portwell.sdk.IrisClients;
import com.tallgrassvoice.portwell.sdk.SdkNumberSearch;
import com.tallgrassvoice.portwell.store.Db;
import com.tallgrassvoice.portwell.store.NumberInventory;
import com.tallgrassvoice.portwell.store.PortRepository;
import com.tallgrassvoice.portwell.templates.TemplateRenderer;
import com.tallgrassvoice.portwell.web.PortApiRoutes;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class PortwellApp {

    private static final Logger log = LoggerFactory.getLogger(PortwellApp.class);

    private PortwellApp() {
    }

    public static void main(String[] args) throws Exception {
        AppConfig cfg = AppConfig.load();
        port(cfg.port());
        threadPool(cfg.maxThreads());

        Db db = new Db(cfg.jdbcUrl(), cfg.jdbcUser(), cfg.jdbcPassword());
        PortRepository ports = new PortRepository(db);
        NumberInventory inventory = new NumberInventory(db);
        DashboardCallbackRoutes.Metrics metrics = new DashboardCallbackRoutes.Metrics();
        SmsNotifier sms = new SmsNotifier(cfg);
        IrisClients clients = new IrisClients(cfg);
        DashboardHttp dashboard = new DashboardHttp(cfg);

        new DashboardCallbackRoutes(ports, inventory, sms, metrics).register();
        new PortApiRoutes(ports, new SdkNumberSearch(clients.production()), metrics, cfg.defaultAreaCode()).register();
        get("/health", (req, res) -> "ok");

        if (Boolean.parseBoolean(System.getenv().getOrDefault("BOOTSTRAP_SUBSCRIPTIONS", "false"))) {
            new SubscriptionBootstrap(dashboard, new TemplateRenderer(), cfg).run();
        }

        IrisClient metricsSink = new IrisClient(
                System.getenv().getOrDefault("IRIS_METRICS_URL", "https://iris.metrics.tallgrassvoice.com"),
                "portwell",
                System.getenv().getOrDefault("IRIS_METRICS_TOKEN", ""));
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        scheduler.scheduleAtFixedRate(() -> metrics.snapshot().forEach((npa, count) -> {
            try {
                metricsSink.gauge("ported_into_npa_" + npa, count);
            } catch (Exception e) {
                log.debug("metrics push failed", e);
            }
        }), 1, 1, TimeUnit.MINUTES);

        log.info("portwell listening on {}; Dashboard at {}", cfg.port(), cfg.dashboardBaseUrl());
        log.info("callbacks are registered at https://dashboard.bandwidth.com/api/accounts/{}/subscriptions",
                cfg.accountId());
    }
}
