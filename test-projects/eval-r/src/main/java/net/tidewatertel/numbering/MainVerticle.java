package net.tidewatertel.numbering;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import net.tidewatertel.numbering.api.InventoryApiVerticle;
import net.tidewatertel.numbering.callbacks.SubscriptionRegistrar;
import net.tidewatertel.numbering.config.ConfigLoader;
import net.tidewatertel.numbering.config.ConfigModule;
import net.tidewatertel.numbering.config.ServiceModule;
import net.tidewatertel.numbering.jobs.PeriodicJobsVerticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point: loads configuration, wires the Guice graph and deploys the HTTP API and the
 * periodic jobs. Callback subscriptions on the Dashboard are (re-)registered on every start.
 */
public class MainVerticle extends AbstractVerticle {

  private static final Logger LOG = LoggerFactory.getLogger(MainVerticle.class);

  @Override
  public void start(Promise<Void> startPromise) {
    ConfigLoader.load(vertx)
        .compose(config -> {
          Injector injector = Guice.createInjector(new ConfigModule(config), new ServiceModule(vertx));
          return vertx.deployVerticle(injector.getInstance(InventoryApiVerticle.class))
              .compose(id -> vertx.deployVerticle(injector.getInstance(PeriodicJobsVerticle.class)))
              .compose(id -> injector.getInstance(SubscriptionRegistrar.class).ensureSubscriptions());
        })
        .onSuccess(v -> {
          LOG.info("tn-inventory-service started");
          startPromise.complete();
        })
        .onFailure(err -> {
          LOG.error("tn-inventory-service failed to start", err);
          startPromise.fail(err);
        });
  }

  public static void main(String[] args) {
    Vertx vertx = Vertx.vertx();
    vertx.deployVerticle(new MainVerticle())
        .onFailure(err -> vertx.close().onComplete(ignored -> System.exit(1)));
  }
}
