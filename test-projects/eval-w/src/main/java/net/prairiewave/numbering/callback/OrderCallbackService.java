package net.prairiewave.numbering.callback;

import io.helidon.common.http.Http;
import io.helidon.webserver.Routing;
import io.helidon.webserver.ServerRequest;
import io.helidon.webserver.ServerResponse;
import io.helidon.webserver.Service;
import net.prairiewave.numbering.config.CallbackSettings;
import net.prairiewave.numbering.inventory.TnInventoryStore;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives Dashboard order notifications at {@code /callbacks/dashboard/orders} and applies
 * them to the inventory: completed numbers become ACTIVE, failed orders are queued for a human.
 */
public class OrderCallbackService implements Service {

    private static final Logger LOG = Logger.getLogger(OrderCallbackService.class.getName());

    private final TnInventoryStore store;
    private final CallbackAuthenticator auth;
    private final FailedOrderQueue failedOrders;

    public OrderCallbackService(TnInventoryStore store, CallbackSettings settings, FailedOrderQueue failedOrders) {
        this.store = store;
        this.auth = new CallbackAuthenticator(settings);
        this.failedOrders = failedOrders;
    }

    @Override
    public void update(Routing.Rules rules) {
        rules.post("/orders", this::onOrderNotification)
                .post("/portins", this::onOrderNotification);
    }

    private void onOrderNotification(ServerRequest req, ServerResponse res) {
        if (!auth.accepts(req.headers().first("Authorization"))) {
            res.status(Http.Status.UNAUTHORIZED_401).send();
            return;
        }
        req.content().as(String.class)
                .thenAccept(body -> {
                    apply(NotificationParser.parse(body));
                    res.status(Http.Status.OK_200).send();
                })
                .exceptionallyAccept(t -> {
                    LOG.log(Level.WARNING, "Could not process Dashboard callback", t);
                    res.status(Http.Status.BAD_REQUEST_400).send();
                });
    }

    void apply(OrderNotification n) {
        if (n.failed()) {
            failedOrders.add(n);
            return;
        }
        if (!n.complete()) {
            return;
        }
        int unknown = 0;
        for (String tn : n.completedTelephoneNumbers()) {
            if (store.contains(tn)) {
                store.markStatus(tn, "ACTIVE");
            } else {
                unknown++;
            }
        }
        if (unknown > 0) {
            LOG.warning("Order " + n.orderId() + " completed " + unknown + " numbers we do not track");
        }
    }
}
