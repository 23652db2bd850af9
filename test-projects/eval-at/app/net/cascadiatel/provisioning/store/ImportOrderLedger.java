package net.cascadiatel.provisioning.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.inject.Singleton;

/** Hosted-messaging imports as billed to our customers. */
@Singleton
public class ImportOrderLedger {

    private final Map<String, ImportTnOrder> orders = new ConcurrentHashMap<>();

    public ImportTnOrder open(String orderId, String customerAccount, List<String> numbers) {
        ImportTnOrder order = ImportTnOrder.pending(orderId, customerAccount, numbers);
        orders.put(orderId, order);
        return order;
    }

    public ImportTnOrder get(String orderId) {
        return orders.get(orderId);
    }

    public void complete(String orderId) {
        ImportTnOrder order = ImportTnOrder.Get(this, orderId);
        if (order != null) {
            orders.put(orderId, order.complete());
        }
    }
}
