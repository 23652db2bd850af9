package net.harborlight.numops.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Repository;

/**
 * Number assignments, keyed by 10-digit national number (NPA-NXX-XXXX without separators).
 * In production this is backed by the billing replica; the in-memory map is the local profile.
 */
@Repository
public class NumberAssignmentRepository {

    private final Map<String, NumberAssignment> byTenDigitTn = new ConcurrentHashMap<>();

    public Optional<NumberAssignment> findByTenDigitTn(String tn) {
        return Optional.ofNullable(byTenDigitTn.get(tn));
    }

    public List<NumberAssignment> findByCustomer(String customerId) {
        return byTenDigitTn.values().stream()
                .filter(a -> a.customerId().equals(customerId))
                .toList();
    }

    public NumberAssignment save(NumberAssignment assignment) {
        byTenDigitTn.put(assignment.tn(), assignment);
        return assignment;
    }

    public Collection<NumberAssignment> all() {
        return byTenDigitTn.values();
    }

    public void clear() {
        byTenDigitTn.clear();
    }
}
