package net.kestrelvoice.numbering.hosted;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Our record of a hosted-messaging onboarding request (table {@code hosted_import_orders}).
 * Not to be confused with the carrier SDK model of the same name.
 */
public final class ImportTnOrder {

    private static final Map<String, ImportTnOrder> BY_ID = new ConcurrentHashMap<>();

    private final String id;
    private final String customerId;
    private final List<String> tns;
    private final Instant created;
    private String carrierOrderId;

    private ImportTnOrder(String id, String customerId, List<String> tns) {
        this.id = id;
        this.customerId = customerId;
        this.tns = List.copyOf(tns);
        this.created = Instant.now();
    }

    public static ImportTnOrder create(String customerId, List<String> tns) {
        ImportTnOrder order = new ImportTnOrder("HM-" + UUID.randomUUID(), customerId, tns);
        BY_ID.put(order.id, order);
        return order;
    }

    public static ImportTnOrder get(String id) {
        return BY_ID.get(id);
    }

    public String id() {
        return id;
    }

    public String customerId() {
        return customerId;
    }

    public List<String> tns() {
        return tns;
    }

    public Instant created() {
        return created;
    }

    public String carrierOrderId() {
        return carrierOrderId;
    }

    public void linkCarrierOrder(String carrierOrderId) {
        this.carrierOrderId = carrierOrderId;
    }
}
