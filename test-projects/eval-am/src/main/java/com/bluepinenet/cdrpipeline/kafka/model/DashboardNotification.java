package com.bluepinenet.cdrpipeline.kafka.model;

import java.time.Instant;
import java.util.List;

/**
 * A Dashboard order/port notification as forwarded by the webhook gateway
 * (the gateway wraps nothing, the Kafka value is the original XML body).
 */
public record DashboardNotification(
        String subscriptionId,
        String orderType,
        String orderId,
        String customerOrderId,
        String status,
        String message,
        List<String> completedNumbers,
        Instant lastModified,
        Instant actualFocDate) {

    public boolean isComplete() {
        return "COMPLETE".equalsIgnoreCase(status);
    }

    public boolean isPortIn() {
        return "portins".equalsIgnoreCase(orderType) || "PortIn".equalsIgnoreCase(orderType);
    }
}
