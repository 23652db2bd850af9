package com.northforktel.numbering.callbacks;

import com.google.inject.Inject;
import com.google.inject.name.Named;
import com.northforktel.numbering.config.ConfigKeys;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Separate listener for Dashboard callbacks so that the public callback port can be firewalled
 * to Bandwidth's address ranges independently of the internal API.
 */
public class CallbackVerticle extends AbstractVerticle {

    private static final Logger log = LoggerFactory.getLogger(CallbackVerticle.class);

    private final NotificationHandler notifications;
    private final int port;
    private final String expectedAuth;

    @Inject
    public CallbackVerticle(NotificationHandler notifications,
                            @Named(ConfigKeys.CALLBACK_PORT) String port,
                            @Named(ConfigKeys.CALLBACK_USER) String user,
                            @Named(ConfigKeys.CALLBACK_PASSWORD) String password) {
        this.notifications = notifications;
        this.port = Integer.parseInt(port);
        this.expectedAuth = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void start(Promise<Void> started) {
        Router router = Router.router(vertx);
        router.get("/callbacks/health").handler(ctx -> ctx.response().end("ok"));
        router.post("/callbacks/dashboard/*")
                .handler(BodyHandler.create().setBodyLimit(256 * 1024))
                .handler(this::authenticate);
        router.post("/callbacks/dashboard/:orderType").handler(notifications::onOrderNotification);

        vertx.createHttpServer()
                .requestHandler(router)
                .listen(port)
                .onSuccess(server -> {
                    log.info("callback receiver on port {}", server.actualPort());
                    started.complete();
                })
                .onFailure(started::fail);
    }

    private void authenticate(RoutingContext ctx) {
        if (expectedAuth.equals(ctx.request().getHeader("Authorization"))) {
            ctx.next();
        } else {
            ctx.response().setStatusCode(401).end();
        }
    }
}
