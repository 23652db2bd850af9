package com.pinecrestcomm.qa.numbers.report;

import java.time.LocalDate;

/**
 * One line of the TN inventory CSV report.
 */
public record InventoryReportRow(String telephoneNumber, String status, String siteName, LocalDate activated) {
}
