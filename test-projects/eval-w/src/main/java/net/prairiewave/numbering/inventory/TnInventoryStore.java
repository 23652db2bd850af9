package net.prairiewave.numbering.inventory;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory view of our number inventory, keyed by the 10-digit national number
 * (the same key billing and the E911 database use).
 */
public class TnInventoryStore {

    private final Map<String, TelephoneNumberRecord> byTn = new ConcurrentHashMap<>();

    public void put(String tn, TelephoneNumberRecord record) {
        byTn.put(tn, record);
    }

    public Optional<TelephoneNumberRecord> find(String tn) {
        return Optional.ofNullable(byTn.get(tn));
    }

    public boolean contains(String tn) {
        return byTn.containsKey(tn);
    }

    public void markStatus(String tn, String status) {
        byTn.computeIfPresent(tn, (k, r) -> new TelephoneNumberRecord(r.number(), r.areaCode(), status,
                r.siteId(), r.e911AddressId(), r.smsEnabled(), r.lastSynced()));
    }

    public Collection<TelephoneNumberRecord> all() {
        return byTn.values();
    }

    public int size() {
        return byTn.size();
    }
}
