package io.kestrelvoice.numbering.batch.inventory;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Repository;

/**
 * Billing's view of our inventory, loaded from the nightly billing extract. Keyed by the
 * 10-digit number billing uses everywhere.
 */
@Repository
public class LocalInventoryRepository {

    /** A number as our billing system knows it. */
    public record LocalNumber(String tenDigitNumber, String customerId, String status) {
    }

    private final Map<String, LocalNumber> byNumber = new ConcurrentHashMap<>();

    public void put(LocalNumber number) {
        byNumber.put(number.tenDigitNumber(), number);
    }

    public Optional<LocalNumber> find(String tenDigitNumber) {
        return Optional.ofNullable(byNumber.get(tenDigitNumber));
    }

    public Collection<LocalNumber> all() {
        return byNumber.values();
    }
}
