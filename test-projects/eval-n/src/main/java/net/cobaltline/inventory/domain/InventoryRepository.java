package net.cobaltline.inventory.domain;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Inventory store. Production runs it against the billing database through a thin JDBC layer
 * (not in this repository); the map keeps the service self-contained for local runs and tests.
 */
@ApplicationScoped
public class InventoryRepository {

    private final Map<String, InventoryRecord> byTn = new ConcurrentHashMap<>();

    public Optional<InventoryRecord> findByTn(String tn) {
        return Optional.ofNullable(byTn.get(tn));
    }

    public List<InventoryRecord> findByCustomer(String customerId) {
        return byTn.values().stream().filter(r -> customerId.equals(r.customerId())).toList();
    }

    public List<InventoryRecord> findByOrderId(String dashboardOrderId) {
        return byTn.values().stream().filter(r -> dashboardOrderId.equals(r.dashboardOrderId())).toList();
    }

    public Collection<InventoryRecord> all() {
        return List.copyOf(byTn.values());
    }

    public void save(InventoryRecord record) {
        byTn.put(record.tn(), record);
    }

    public boolean contains(String tn) {
        return byTn.containsKey(tn);
    }

    public void delete(String tn) {
        byTn.remove(tn);
    }
}
