package net.tallgrasstel.backoffice.callbacks;

import java.util.Optional;

/**
 * Billing's view of a customer's lines. Numbers are stored as the ten digits the billing
 * system prints on invoices.
 */
public interface CustomerLineStore {

    record CustomerLine(String customerId, String tenDigitNumber, String plan, String psapRegion) {
    }

    Optional<CustomerLine> findByNumber(String tenDigitNumber);

    void markActive(String customerId, String tenDigitNumber);

    void markPorted(long number, String focDate);
}
