package com.cascadia.numprov.callback;

import java.util.List;

/** An order notification as Bandwidth posts it to our callback URL. */
public record Notification(
        String subscriptionId,
        String orderType,
        String orderId,
        String customerOrderId,
        String status,
        String message,
        List<String> completedTelephoneNumbers) {
}
