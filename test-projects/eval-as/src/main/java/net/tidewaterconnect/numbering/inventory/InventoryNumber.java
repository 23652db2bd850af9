package net.tidewaterconnect.numbering.inventory;

/** A row of tn_inventory. Numbers are stored as 10 national digits (CHAR(10)). */
public record InventoryNumber(String tn, Status status, String lastOrderId) {

    public enum Status {
        RESERVED, ACTIVE, AGING, PORTED_OUT
    }
}
