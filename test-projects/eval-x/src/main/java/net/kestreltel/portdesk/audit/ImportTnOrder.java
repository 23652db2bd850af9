package net.kestreltel.portdesk.audit;

import java.time.Instant;
import java.util.List;

/**
 * Audit record of a hosted-messaging import we requested, as stored in the audit log.
 * Deliberately mirrors the SDK's naming so that audit entries read like the Dashboard's.
 */
public record ImportTnOrder(String orderId, String requestedBy, List<String> tns, Instant requestedAt) {

    public static ImportTnOrder Create(String orderId, String requestedBy, List<String> tns) {
        return new ImportTnOrder(orderId, requestedBy, List.copyOf(tns), Instant.now());
    }
}
