package com.northforktel.numbering.api;

import com.google.inject.Inject;
import com.google.inject.name.Named;
import com.northforktel.numbering.config.ConfigKeys;
import com.northforktel.numbering.dashboard.DashboardHttp;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.LoggerHandler;
import io.vertx.ext.web.handler.ResponseContentTypeHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Internal REST API used by the provisioning console, the self-service portal and billing.
 * See src/main/resources/openapi/numbering-hub.yaml.
 */
public class HttpApiVerticle extends AbstractVerticle {

    private static final Logger log = LoggerFactory.getLogger(HttpApiVerticle.class);

    private final NumberApiHandler numbers;
    private final CustomerAddressHandler addresses;
    private final DashboardHttp dashboard;
    private final JsonObject routes;
    private final int port;

    @Inject
    public HttpApiVerticle(NumberApiHandler numbers, CustomerAddressHandler addresses, DashboardHttp dashboard,
                           @Named("rootConfig") JsonObject config,
                           @Named(ConfigKeys.HTTP_PORT) String port) {
        this.numbers = numbers;
        this.addresses = addresses;
        this.dashboard = dashboard;
        this.routes = config.getJsonObject("dashboardRoutes", new JsonObject());
        this.port = Integer.parseInt(port);
    }

    @Override
    public void start(Promise<Void> started) {
        Router router = Router.router(vertx);
        router.route().handler(LoggerHandler.create());
        router.route("/api/*").handler(ResponseContentTypeHandler.create());
        router.route("/api/*").handler(BodyHandler.create().setBodyLimit(64 * 1024));

        router.get("/api/numbers").produces("application/json").handler(numbers::search);
        router.get("/api/numbers/:tn").produces("application/json").handler(numbers::get);
        router.post("/api/numbers/orders").handler(numbers::order);
        router.put("/api/numbers/:tn/sms").handler(numbers::toggleSms);
        router.get("/api/v1/inventory/summary").produces("application/json").handler(numbers::summary);

        router.get("/api/accounts/:accountId/addresses").produces("application/json").handler(addresses::list);
        router.post("/api/accounts/:accountId/addresses").handler(addresses::create);
        router.post("/api/customers/:customerId/addresses/:addressId/e911").handler(addresses::registerE911);

        // read-only views of the carrier account for the console, see conf/dashboard-routes.yaml
        router.get("/api/dashboard/:view").handler(ctx -> {
            String path = routes.getString(ctx.pathParam("view"));
            if (path == null) {
                ctx.response().setStatusCode(404).end();
                return;
            }
            String url = dashboard.baseUrl() + path.replace("{accountId}", dashboard.accountId());
            dashboard.send(dashboard.get(url))
                    .onSuccess(xml -> ctx.response().putHeader("Content-Type", "application/xml").end(xml))
                    .onFailure(err -> ctx.response().setStatusCode(502).end(err.getMessage()));
        });

        vertx.createHttpServer()
                .requestHandler(router)
                .listen(port)
                .onSuccess(server -> {
                    log.info("internal API on port {}", server.actualPort());
                    started.complete();
                })
                .onFailure(started::fail);
    }
}
