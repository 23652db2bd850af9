package net.lumivox.numbering.callback;

import java.util.List;

/**
 * An order notification posted by the Dashboard to our callback URL.
 */
public record Notification(
        String subscriptionId,
        String orderType,
        String orderId,
        String customerOrderId,
        String status,
        String message,
        List<String> completedNumbers,
        String lastModifiedDate) {
}
