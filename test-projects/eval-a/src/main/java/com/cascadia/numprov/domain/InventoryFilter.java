package com.cascadia.numprov.domain;

/** Search criteria of the inventory screen; any field may be null. */
public record InventoryFilter(String areaCode, String npaNxx, String state, String rateCenter) {

    public static InventoryFilter byAreaCode(String areaCode) {
        return new InventoryFilter(areaCode, null, null, null);
    }
}
