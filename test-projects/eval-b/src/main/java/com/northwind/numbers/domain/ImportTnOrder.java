package com.northwind.numbers.domain;

import java.time.Instant;
import java.util.List;

/**
 * Our own record of a hosted-messaging import, persisted for the customer portal.
 */
public record ImportTnOrder(String customerOrderId, String dashboardOrderId, List<String> telephoneNumbers,
                            String status, Instant createdAt) {

    public static ImportTnOrder pending(String customerOrderId, List<String> telephoneNumbers) {
        return new ImportTnOrder(customerOrderId, null, List.copyOf(telephoneNumbers), "PENDING", Instant.now());
    }

    public ImportTnOrder submitted(String dashboardOrderId) {
        return new ImportTnOrder(customerOrderId, dashboardOrderId, telephoneNumbers, "SUBMITTED", createdAt);
    }
}
