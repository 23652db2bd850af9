package com.harborline.numbering.dto;

import java.time.OffsetDateTime;

/** What we track about a hosted messaging import order (table import_order_tracking). */
public record ImportOrderStatus(
        String orderId,
        String customerOrderId,
        String processingStatus,
        int numberCount,
        OffsetDateTime lastChecked) {

    public boolean isFinal() {
        return "COMPLETE".equals(processingStatus)
                || "FAILED".equals(processingStatus)
                || "PARTIAL".equals(processingStatus);
    }
}
