package net.cedarline.numberdesk.web;

import java.util.List;

/** Body of a Dashboard order / port-in notification callback. */
public record Notification(String subscriptionId, String orderType, String orderId, String customerOrderId,
                           String status, String message, List<String> completedNumbers,
                           String lastModifiedDate, String actualFocDate) {

    public boolean isComplete() {
        return "COMPLETE".equalsIgnoreCase(status);
    }
}
