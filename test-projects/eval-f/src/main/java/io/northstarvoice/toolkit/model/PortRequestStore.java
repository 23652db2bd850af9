package io.northstarvoice.toolkit.model;

import io.northstarvoice.toolkit.util.PhoneNumbers;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory store of open port requests keyed by the 10-digit number. */
public class PortRequestStore {

    private final Map<String, PortRequest> byTn = new ConcurrentHashMap<>();

    public void put(PortRequest request) {
        byTn.put(PhoneNumbers.tenDigit(request.tn()), request);
    }

    public PortRequest findByTn(String tn) {
        return byTn.get(tn);
    }

    public PortRequest markActive(PortRequest request, long activatedTn) {
        PortRequest updated = request.withStatus(PortRequest.Status.ACTIVE, activatedTn);
        byTn.put(PhoneNumbers.tenDigit(updated.tn()), updated);
        return updated;
    }

    public Collection<PortRequest> all() {
        return byTn.values();
    }
}
