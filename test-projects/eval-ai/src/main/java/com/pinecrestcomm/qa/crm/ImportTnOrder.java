package com.pinecrestcomm.qa.crm;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * CRM record for a customer's request to bring numbers over for messaging. Mirrors the CRM
 * object name; it is not the Bandwidth SDK type.
 */
public final class ImportTnOrder {

    private final String ticketId;
    private final String customerId;
    private final List<String> numbers;
    private final Instant requestedAt;

    private ImportTnOrder(String ticketId, String customerId, List<String> numbers, Instant requestedAt) {
        this.ticketId = ticketId;
        this.customerId = customerId;
        this.numbers = List.copyOf(numbers);
        this.requestedAt = requestedAt;
    }

    public static ImportTnOrder Create(String customerId, List<String> numbers) {
        Objects.requireNonNull(customerId, "customerId");
        return new ImportTnOrder("CRM-" + Long.toString(System.nanoTime(), 36).toUpperCase(),
                customerId, numbers, Instant.now());
    }

    public static ImportTnOrder Get(CrmStore store, String ticketId) {
        return store.find(ticketId);
    }

    public String ticketId() {
        return ticketId;
    }

    public String customerId() {
        return customerId;
    }

    public List<String> numbers() {
        return numbers;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public interface CrmStore {
        ImportTnOrder find(String ticketId);

        void save(ImportTnOrder order);
    }
}
