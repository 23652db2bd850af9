package net.tidewaterconnect.numbering.audit;

import java.time.Instant;
import java.util.List;

/** Audit record of a hosted messaging import as kept in our own provisioning log. */
public record ImportTnOrder(String orderId, String customerOrderId, String requestedBy, Instant requestedAt,
        List<String> telephoneNumbers) {

    public static ImportTnOrder Create(String orderId, String customerOrderId, String requestedBy,
            List<String> telephoneNumbers) {
        return new ImportTnOrder(orderId, customerOrderId, requestedBy, Instant.now(), List.copyOf(telephoneNumbers));
    }
}
