package com.harborline.numbering.dto;

import java.time.Instant;

/**
 * One row of our {@code tn_inventory} table.
 *
 * @param tn          the number, national format, e.g. 9195550100 (column is BIGINT)
 * @param accountId   Dashboard account the number lives on
 * @param customerId  Harborline customer it is assigned to, or null while in the pool
 * @param status      POOL, ASSIGNED, PORTING_OUT, AGING
 * @param updatedAt   last change
 */
public record InventoryNumber(long tn, String accountId, String customerId, String status, Instant updatedAt) {

    public boolean isAssigned() {
        return customerId != null;
    }
}
