package net.cascadiatel.provisioning.store;

import java.time.Instant;
import java.util.List;

/** Our ledger row for a hosted-messaging import, kept for billing and audit. */
public record ImportTnOrder(String orderId, String customerAccount, List<String> numbers, String state, Instant createdAt) {

    public static ImportTnOrder pending(String orderId, String customerAccount, List<String> numbers) {
        return new ImportTnOrder(orderId, customerAccount, List.copyOf(numbers), "PENDING", Instant.now());
    }

    public static ImportTnOrder Get(ImportOrderLedger ledger, String orderId) {
        return ledger.get(orderId);
    }

    public ImportTnOrder complete() {
        return new ImportTnOrder(orderId, customerAccount, numbers, "COMPLETE", createdAt);
    }
}
