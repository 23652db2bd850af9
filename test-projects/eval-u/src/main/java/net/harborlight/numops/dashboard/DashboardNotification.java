package net.harborlight.numops.dashboard;

import java.util.List;

/**
 * A Dashboard callback ({@code <Notification>}) as relayed by the edge gateway.
 */
public record DashboardNotification(
        String subscriptionId,
        String orderType,
        String orderId,
        String customerOrderId,
        String status,
        String message,
        List<String> completedTelephoneNumbers,
        String lastModifiedDate) {

    public boolean isComplete() {
        return "COMPLETE".equalsIgnoreCase(status);
    }

    public boolean isFailed() {
        return "FAILED".equalsIgnoreCase(status) || "PARTIAL".equalsIgnoreCase(status);
    }
}
