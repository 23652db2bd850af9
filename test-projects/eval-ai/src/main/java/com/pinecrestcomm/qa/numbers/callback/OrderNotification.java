package com.pinecrestcomm.qa.numbers.callback;

import java.util.List;

/**
 * A Dashboard {@code <Notification>} callback, reduced to what the handler needs.
 */
public record OrderNotification(
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
