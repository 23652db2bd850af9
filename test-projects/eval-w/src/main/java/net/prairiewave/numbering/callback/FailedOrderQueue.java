package net.prairiewave.numbering.callback;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

/** Orders the Dashboard reported as FAILED/PARTIAL, shown on the ops page until someone acks them. */
public class FailedOrderQueue {

    private final List<OrderNotification> pending = new ArrayList<>();

    public synchronized void add(OrderNotification n) {
        pending.add(n);
    }

    public synchronized JsonObject toJson() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (OrderNotification n : pending) {
            items.add(Json.createObjectBuilder()
                    .add("orderId", n.orderId())
                    .add("customerOrderId", n.customerOrderId() == null ? "" : n.customerOrderId())
                    .add("status", n.status())
                    .add("message", n.message() == null ? "" : n.message()));
        }
        return Json.createObjectBuilder().add("pending", items).add("count", pending.size()).build();
    }
}
