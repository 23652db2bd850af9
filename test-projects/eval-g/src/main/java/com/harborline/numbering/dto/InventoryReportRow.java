package com.harborline.numbering.dto;

/**
 * One line of the Dashboard "Iris Telephone Number Inventory Report" CSV.
 */
public record InventoryReportRow(
        long telephoneNumber,
        String rateCenter,
        String state,
        String status,
        String siteName) {
}
