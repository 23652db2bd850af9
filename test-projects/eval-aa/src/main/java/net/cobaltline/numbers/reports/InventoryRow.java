package net.cobaltline.numbers.reports;

/** One line of the Dashboard's telephone number inventory report. */
public record InventoryRow(
        String tn,
        int areaCode,
        String rateCenter,
        String state,
        String status,
        String siteId) {
}
