package io.kestrelvoice.numbering.callbacks.notification;

import java.util.List;

/**
 * A Dashboard order notification, as posted to our webhook.
 */
public record Notification(
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
}
