package net.cedarline.numberdesk.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/**
 * Endpoints the Dashboard calls back. Registered in the subscriptions as
 * {@code <callbackUrl>/orders}, {@code /portins} and {@code /importtnorders}.
 */
public class CallbackRoutes {

    private static final Logger log = LoggerFactory.getLogger(CallbackRoutes.class);

    private final NotificationParser parser;
    private final OrderCallbackHandler orders;
    private final PortInCallbackHandler portIns;

    public CallbackRoutes(NotificationParser parser, OrderCallbackHandler orders, PortInCallbackHandler portIns) {
        this.parser = parser;
        this.orders = orders;
        this.portIns = portIns;
    }

    public void register(Javalin app) {
        app.post("/callbacks/orders", this::onOrder);
        app.post("/callbacks/portins", this::onPortIn);
        app.post("/callbacks/importtnorders", this::onImport);
    }

    void onOrder(Context ctx) {
        orders.handle(parser.parse(ctx.body()));
        ctx.status(HttpStatus.OK);
    }

    void onPortIn(Context ctx) {
        portIns.handle(parser.parse(ctx.body()));
        ctx.status(HttpStatus.OK);
    }

    void onImport(Context ctx) {
        Notification n = parser.parse(ctx.body());
        log.info("import order {} ({}) is {}: {}", n.orderId(), n.customerOrderId(), n.status(), n.message());
        ctx.status(HttpStatus.OK);
    }
}
