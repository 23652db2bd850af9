package com.harborline.numbering.dto;

import java.util.List;

/** A Dashboard order notification as POSTed to {@code /api/callbacks/iris/*}. */
public record Notification(
        String subscriptionId,
        String orderType,
        String orderId,
        String customerOrderId,
        String status,
        String message,
        List<String> completedTelephoneNumbers) {

    public boolean isComplete() {
        return "COMPLETE".equalsIgnoreCase(status);
    }

    public boolean isPartial() {
        return "PARTIAL".equalsIgnoreCase(status);
    }
}
