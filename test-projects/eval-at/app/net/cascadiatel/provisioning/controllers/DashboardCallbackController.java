package net.cascadiatel.provisioning.controllers;

import javax.inject.Inject;
import net.cascadiatel.provisioning.iris.Xml;
import net.cascadiatel.provisioning.store.TnInventoryStore;
import net.cascadiatel.provisioning.subscriptions.NotificationXml;
import net.cascadiatel.provisioning.subscriptions.OrderNotificationHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.mvc.Controller;
import play.mvc.Http;
import play.mvc.Result;

/** Receives the Dashboard's order notifications (subscriptions registered by SubscriptionRegistrar). */
public class DashboardCallbackController extends Controller {

    private static final Logger log = LoggerFactory.getLogger(DashboardCallbackController.class);

    private final OrderNotificationHandler handler;
    private final TnInventoryStore store;

    @Inject
    public DashboardCallbackController(OrderNotificationHandler handler, TnInventoryStore store) {
        this.handler = handler;
        this.store = store;
    }

    /** POST /api/v1/callbacks/dashboard/orders */
    public Result orders(Http.Request request) {
        NotificationXml notification = parse(request);
        if (notification == null) {
            return badRequest();
        }
        int applied = handler.handle(notification);
        log.info("Notification {} for order {} applied to {} numbers",
                notification.getSubscriptionId(), notification.getOrderId(), applied);
        return ok();
    }

    /** POST /api/v1/callbacks/dashboard/portins */
    public Result portins(Http.Request request) {
        NotificationXml notification = parse(request);
        if (notification == null) {
            return badRequest();
        }
        handler.handlePortIn(notification);
        return ok();
    }

    /** POST /api/v1/callbacks/dashboard/disconnects */
    public Result disconnects(Http.Request request) {
        NotificationXml notification = parse(request);
        if (notification == null) {
            return badRequest();
        }
        for (String tn : notification.getCompletedTelephoneNumbers()) {
            String areaCode = tn.substring(0, 3);
            String line = tn.substring(6);
            store.release(tn);
            log.info("Released {}-{} after disconnect order {}", areaCode, line, notification.getOrderId());
        }
        return ok();
    }

    private NotificationXml parse(Http.Request request) {
        String body = request.body().asText();
        if (body == null) {
            log.warn("Empty Dashboard notification from {}", request.remoteAddress());
            return null;
        }
        return Xml.read(body, NotificationXml.class);
    }
}
