package com.pinecrestcomm.qa.numbers.model;

import java.time.Instant;
import java.util.List;

/**
 * What the contract tests keep from an order response.
 */
public record OrderSummary(
        String orderId,
        String customerOrderId,
        String status,
        Instant created,
        List<String> completedNumbers,
        List<String> failedNumbers) {

    public boolean isComplete() {
        return "COMPLETE".equals(status);
    }
}
