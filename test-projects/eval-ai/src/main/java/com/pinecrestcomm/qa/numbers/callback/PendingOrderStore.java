package com.pinecrestcomm.qa.numbers.callback;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Orders the suites are waiting on, keyed by telephone number as we submitted it (10 digits).
 */
public class PendingOrderStore {

    public record PendingOrder(String tn, String testCase, Instant submittedAt) {
    }

    private final Map<String, PendingOrder> byTn = new ConcurrentHashMap<>();

    public void expect(String tn, String testCase) {
        byTn.put(tn, new PendingOrder(tn, testCase, Instant.now()));
    }

    public Optional<PendingOrder> complete(String tn) {
        return Optional.ofNullable(byTn.remove(tn));
    }

    public int size() {
        return byTn.size();
    }
}
