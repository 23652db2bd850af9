package net.cascadiatel.provisioning.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.inject.Singleton;

/**
 * Inventory of our numbers. The production binding is the Postgres-backed implementation in the
 * ops repository; this in-memory one serves dev mode and tests.
 */
@Singleton
public class TnInventoryStore {

    private final Map<String, ProvisionedNumber> byTn = new ConcurrentHashMap<>();
    private final Map<Long, String> cutovers = new ConcurrentHashMap<>();

    public Optional<ProvisionedNumber> find(String tn) {
        return Optional.ofNullable(byTn.get(tn));
    }

    public boolean contains(String tn) {
        return byTn.containsKey(tn);
    }

    public boolean isActive(String tn) {
        return find(tn).map(n -> n.status() == ProvisionedNumber.Status.ACTIVE).orElse(false);
    }

    public void reserve(String tn, String customerAccount) {
        byTn.put(tn, new ProvisionedNumber(tn, customerAccount, ProvisionedNumber.Status.PENDING, null, Instant.now()));
    }

    public void markActive(String tn, String customerAccount) {
        byTn.put(tn, new ProvisionedNumber(tn, customerAccount, ProvisionedNumber.Status.ACTIVE, null, Instant.now()));
    }

    public void tagRegion(String tn, String region) {
        byTn.computeIfPresent(tn, (k, n) -> n.withRegion(region));
    }

    public void release(String tn) {
        byTn.computeIfPresent(tn, (k, n) -> n.withStatus(ProvisionedNumber.Status.RELEASED));
    }

    public void optOut(String tn) {
        byTn.computeIfPresent(tn, (k, n) -> n.withStatus(ProvisionedNumber.Status.OPTED_OUT));
    }

    public void scheduleCutover(long routingKey, String focDate) {
        cutovers.put(routingKey, focDate);
    }

    public List<ProvisionedNumber> byCustomer(String customerAccount) {
        return byTn.values().stream()
                .filter(n -> customerAccount.equals(n.customerAccount()))
                .collect(Collectors.toList());
    }
}
