package net.kestrelridge.provisioning.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * Outcome published on {@code netops.tn-order.results.v3} for the portal and billing.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProvisioningResult(
        String eventId,
        String customerOrderId,
        Status status,
        String dashboardOrderId,
        List<String> telephoneNumbers,
        String message,
        Instant completedAt) {

    public enum Status { SUBMITTED, COMPLETE, PARTIAL, FAILED, REJECTED }

    public static ProvisioningResult submitted(OrderEvent event, String dashboardOrderId) {
        return new ProvisioningResult(event.eventId(), event.customerOrderId(), Status.SUBMITTED,
                dashboardOrderId, event.telephoneNumbersOrEmpty(), null, Instant.now());
    }

    public static ProvisioningResult rejected(OrderEvent event, String reason) {
        return new ProvisioningResult(event.eventId(), event.customerOrderId(), Status.REJECTED,
                null, event.telephoneNumbersOrEmpty(), reason, Instant.now());
    }
}
