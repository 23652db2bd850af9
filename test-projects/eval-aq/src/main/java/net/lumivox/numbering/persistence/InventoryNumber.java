package net.lumivox.numbering.persistence;

import java.time.Instant;

/**
 * Row of tn_inventory.
 */
public record InventoryNumber(
        long tn,
        int npa,
        String status,
        Instant syncedAt) {
}
