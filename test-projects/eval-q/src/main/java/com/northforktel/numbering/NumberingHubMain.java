package com.northforktel.numbering;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.northforktel.numbering.api.HttpApiVerticle;
import com.northforktel.numbering.callbacks.CallbackVerticle;
import com.northforktel.numbering.config.BootstrapDefaults;
import com.northforktel.numbering.config.ConfigModule;
import com.northforktel.numbering.config.HubModule;
import com.northforktel.numbering.inventory.InventorySyncVerticle;
import com.northforktel.numbering.orders.OrderPollerVerticle;
import com.northforktel.numbering.reports.InventoryReportJob;
import io.vertx.config.ConfigRetriever;
import io.vertx.config.ConfigRetrieverOptions;
import io.vertx.config.ConfigStoreOptions;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of the numbering hub. Loads the layered configuration, builds the Guice injector
 * and deploys the HTTP API, the Dashboard callback receiver and the periodic jobs.
 */
public final class NumberingHubMain {

    private static final Logger log = LoggerFactory.getLogger(NumberingHubMain.class);

    private NumberingHubMain() {
    }

    public static void main(String[] args) {
        Vertx vertx = Vertx.vertx();
        String profile = System.getProperty("numbering.profile",
                System.getenv().getOrDefault("NUMBERING_PROFILE", "prod"));

        ConfigRetrieverOptions options = new ConfigRetrieverOptions()
                .setScanPeriod(0)
                .addStore(new ConfigStoreOptions().setType("json").setConfig(BootstrapDefaults.asJson()))
                .addStore(fileStore("json", "conf/application.json", false))
                .addStore(fileStore("yaml", "conf/dashboard-routes.yaml", false))
                .addStore(fileStore("json", "conf/application-" + profile + ".json", true))
                .addStore(fileStore("hocon", "conf/overrides.conf", true))
                .addStore(new ConfigStoreOptions().setType("sys"));

        ConfigRetriever.create(vertx, options).getConfig()
                .compose(config -> start(vertx, config))
                .onSuccess(count -> log.info("numbering-hub up ({} verticles, profile {})", count, profile))
                .onFailure(err -> {
                    log.error("numbering-hub failed to start", err);
                    vertx.close();
                });
    }

    private static ConfigStoreOptions fileStore(String format, String path, boolean optional) {
        return new ConfigStoreOptions()
                .setType("file")
                .setFormat(format)
                .setOptional(optional)
                .setConfig(new JsonObject().put("path", path));
    }

    static Future<Integer> start(Vertx vertx, JsonObject config) {
        Injector injector = Guice.createInjector(new ConfigModule(config), new HubModule(vertx));
        DeploymentOptions single = new DeploymentOptions().setInstances(1);
        return Future.all(
                        vertx.deployVerticle(injector.getInstance(HttpApiVerticle.class), single),
                        vertx.deployVerticle(injector.getInstance(CallbackVerticle.class), single),
                        vertx.deployVerticle(injector.getInstance(InventorySyncVerticle.class), single),
                        vertx.deployVerticle(injector.getInstance(OrderPollerVerticle.class), single),
                        vertx.deployVerticle(injector.getInstance(InventoryReportJob.class), single))
                .map(all -> all.size());
    }
}
