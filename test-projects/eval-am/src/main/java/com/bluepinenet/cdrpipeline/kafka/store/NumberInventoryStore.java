package com.bluepinenet.cdrpipeline.kafka.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.bluepinenet.cdrpipeline.util.PhoneNumbers;
import org.springframework.stereotype.Component;

/**
 * Number assignments from the provisioning database, keyed by the 10-digit national number
 * (the same key the CDR topics use). Reloaded from the provisioning snapshot topic.
 */
@Component
public class NumberInventoryStore {

    /** Which customer account a number is assigned to in the provisioning database. */
    public record NumberAssignment(String tn, String customerAccount, String servicePlan, boolean e911Provisioned) {
    }

    private final Map<String, NumberAssignment> byTn = new ConcurrentHashMap<>();

    public void put(NumberAssignment assignment) {
        byTn.put(PhoneNumbers.toNational(assignment.tn()), assignment);
    }

    public NumberAssignment get(String tn) {
        return byTn.get(tn);
    }

    public Optional<NumberAssignment> find(String tn) {
        return Optional.ofNullable(byTn.get(PhoneNumbers.toNational(tn)));
    }

    public boolean contains(String tn) {
        return byTn.containsKey(tn);
    }

    public int size() {
        return byTn.size();
    }
}
