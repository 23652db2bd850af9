package net.harborlight.numops.hosted.ledger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Billing ledger of hosted-messaging imports (one entry per Dashboard import order).
 */
@Component
public class ImportLedger {

    private final Map<String, ImportTnOrder> entries = new ConcurrentHashMap<>();

    public ImportTnOrder record(String dashboardOrderId, String customerId, List<String> tns) {
        ImportTnOrder entry = ImportTnOrder.of(dashboardOrderId, customerId, tns);
        entries.put(dashboardOrderId, entry);
        return entry;
    }

    public ImportTnOrder placeholder(String dashboardOrderId, String customerId) {
        return entries.computeIfAbsent(dashboardOrderId, id -> ImportTnOrder.Create(id, customerId));
    }

    public Optional<ImportTnOrder> find(String dashboardOrderId) {
        return Optional.ofNullable(entries.get(dashboardOrderId));
    }

    public void updateStatus(String dashboardOrderId, String status) {
        entries.computeIfPresent(dashboardOrderId, (id, e) -> e.withStatus(status));
    }
}
