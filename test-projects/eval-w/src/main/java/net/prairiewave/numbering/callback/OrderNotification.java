package net.prairiewave.numbering.callback;

import java.util.List;

/** A Dashboard order notification (callback body), reduced to what we act on. */
public record OrderNotification(
        String subscriptionId,
        String orderType,
        String orderId,
        String customerOrderId,
        String status,
        String message,
        List<String> completedTelephoneNumbers,
        String lastModifiedDate) {

    public boolean complete() {
        return "COMPLETE".equalsIgnoreCase(status);
    }

    public boolean failed() {
        return "FAILED".equalsIgnoreCase(status) || "PARTIAL".equalsIgnoreCase(status);
    }
}
