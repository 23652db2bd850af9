package net.harborlight.numops.hosted.ledger;

import java.time.Instant;
import java.util.List;

/**
 * Our own ledger entry for a hosted-messaging import, kept for billing. Same name as the
 * Dashboard order it mirrors; not the SDK class.
 */
public record ImportTnOrder(String dashboardOrderId, String customerId, List<String> tns, String status,
                            Instant submittedAt) {

    public static ImportTnOrder of(String dashboardOrderId, String customerId, List<String> tns) {
        return new ImportTnOrder(dashboardOrderId, customerId, List.copyOf(tns), "SUBMITTED", Instant.now());
    }

    public static ImportTnOrder Create(String dashboardOrderId, String customerId) {
        return of(dashboardOrderId, customerId, List.of());
    }

    public ImportTnOrder withStatus(String newStatus) {
        return new ImportTnOrder(dashboardOrderId, customerId, tns, newStatus, submittedAt);
    }
}
