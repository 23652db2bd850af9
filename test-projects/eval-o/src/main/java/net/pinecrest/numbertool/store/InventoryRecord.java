package net.pinecrest.numbertool.store;

import java.time.Instant;

/** One Dashboard number as stored in {@code dashboard_tn}. */
public record InventoryRecord(
        String tn,
        int areaCode,
        String rateCenter,
        String state,
        String siteId,
        String status,
        Instant syncedAt) {
}
