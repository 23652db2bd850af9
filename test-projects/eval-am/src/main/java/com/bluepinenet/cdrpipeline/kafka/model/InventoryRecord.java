package com.bluepinenet.cdrpipeline.kafka.model;

/**
 * One in-service number of our Dashboard account, as published to the compacted inventory
 * topic (key: the number) and joined onto CDRs.
 */
public record InventoryRecord(
        String tn,
        int areaCode,
        String rateCenter,
        String lata,
        String siteId,
        String status,
        long syncedAtEpochSecond) {
}
