package net.tidewatertel.numbering.api;

import com.google.inject.Inject;
import com.google.inject.name.Named;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.LoggerHandler;
import net.tidewatertel.numbering.callbacks.DashboardCallbackHandler;
import net.tidewatertel.numbering.inventory.TnDetailsClient;

/**
 * The service's own HTTP API (used by the provisioning UI and the CRM) plus the callback
 * receivers for the Dashboard and the messaging API.
 */
public class InventoryApiVerticle extends AbstractVerticle {

  static final String API_ROOT = "/api/v1";

  private final NumberHandlers numbers;
  private final AccountAddressHandlers addresses;
  private final DashboardCallbackHandler callbacks;
  private final TnDetailsClient tnDetails;
  private final int port;
  private final String ordersCallbackPath;
  private final String portinsCallbackPath;

  @Inject
  public InventoryApiVerticle(NumberHandlers numbers,
                              AccountAddressHandlers addresses,
                              DashboardCallbackHandler callbacks,
                              TnDetailsClient tnDetails,
                              @Named("http.port") int port,
                              @Named("callbacks.orders-path") String ordersCallbackPath,
                              @Named("callbacks.portins-path") String portinsCallbackPath) {
    this.numbers = numbers;
    this.addresses = addresses;
    this.callbacks = callbacks;
    this.tnDetails = tnDetails;
    this.port = port;
    this.ordersCallbackPath = ordersCallbackPath;
    this.portinsCallbackPath = portinsCallbackPath;
  }

  @Override
  public void start(Promise<Void> startPromise) {
    Router router = Router.router(vertx);
    router.route().handler(LoggerHandler.create());
    router.route().handler(BodyHandler.create().setBodyLimit(1_048_576));

    router.get(API_ROOT + "/numbers/search").handler(numbers::search);
    router.get(API_ROOT + "/numbers/:tn").handler(numbers::get);
    router.post("/api/v1/numbers/orders").handler(numbers::order);
    router.put("/api/v1/numbers/:tn/sms").handler(numbers::toggleSms);
    router.post("/api/v1/hosted-messaging/imports").handler(numbers::importHosted);

    router.get("/api/accounts/:accountId/addresses").handler(addresses::list);
    router.post("/api/accounts/:accountId/addresses").handler(addresses::create);

    router.post(ordersCallbackPath).handler(callbacks::handleOrderNotification);
    router.post(portinsCallbackPath).handler(callbacks::handlePortinNotification);
    router.post("/callbacks/messaging/status").handler(callbacks::handleMessageDelivery);

    router.get("/health").handler(ctx -> tnDetails.healthCheck()
        .onComplete(ar -> ctx.response()
            .setStatusCode(ar.succeeded() && ar.result() ? 200 : 503)
            .end()));

    vertx.createHttpServer()
        .requestHandler(router)
        .listen(port)
        .<Void>mapEmpty()
        .onComplete(startPromise);
  }
}
