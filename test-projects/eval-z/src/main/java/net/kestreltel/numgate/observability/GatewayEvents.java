package net.kestreltel.numgate.observability;

import java.util.Map;
import net.kestreltel.numgate.config.KestrelProperties;
import org.springframework.stereotype.Component;

/** Business events for the ops timeline. */
@Component
public class GatewayEvents {

    private final IrisClient iris;

    public GatewayEvents(KestrelProperties.IrisEvents props) {
        this.iris = new IrisClient(props.endpoint(), "number-gateway", props.token());
    }

    public void orderSubmitted(String customerOrderId, int quantity) {
        iris.emit("dashboard.order.submitted", Map.of("customerOrderId", customerOrderId, "quantity", quantity));
    }

    public void numbersActivated(String orderId, int count) {
        iris.emit("dashboard.order.activated", Map.of("orderId", orderId, "count", count));
    }

    public void reconciliation(long inserted, long disconnected) {
        iris.emit("inventory.reconciled", Map.of("inserted", inserted, "disconnected", disconnected,
                "maxBatch", Integer.MAX_VALUE));
    }
}
