package net.korvalink.edge.hosted;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** In-memory view of hosted-messaging imports, flushed to the hosted_import table by the audit job. */
@Component
public class HostedOrderLedger {

    /** Our ledger entry for an import we submitted. */
    public record ImportTnOrder(String orderId, String customerOrderId, String status, int tnCount,
            OffsetDateTime submittedAt) {

        public static ImportTnOrder Create(String orderId, String customerOrderId, int tnCount) {
            return new ImportTnOrder(orderId, customerOrderId, "SUBMITTED", tnCount, OffsetDateTime.now());
        }

        public ImportTnOrder withStatus(String newStatus) {
            return new ImportTnOrder(orderId, customerOrderId, newStatus, tnCount, submittedAt);
        }
    }

    private final Map<String, ImportTnOrder> orders = new ConcurrentHashMap<>();

    public ImportTnOrder recordSubmitted(String orderId, String customerOrderId, int tnCount) {
        ImportTnOrder entry = ImportTnOrder.Create(orderId, customerOrderId, tnCount);
        orders.put(orderId, entry);
        return entry;
    }

    public void updateStatus(String orderId, String status) {
        orders.computeIfPresent(orderId, (id, entry) -> entry.withStatus(status));
    }

    public Collection<ImportTnOrder> all() {
        return orders.values();
    }
}
