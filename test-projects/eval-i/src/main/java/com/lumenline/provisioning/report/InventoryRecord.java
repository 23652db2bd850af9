package com.lumenline.provisioning.report;

/**
 * One row of the Dashboard "TN inventory" report, as we keep it for reconciliation.
 *
 * @param tenDigitNumber national number, e.g. 9195550100
 * @param elevenDigit    number with the NANP country code, as billing wants it
 * @param numericKey     number as a long, for the dedupe bitmap
 */
public record InventoryRecord(
        String tenDigitNumber,
        String elevenDigit,
        long numericKey,
        String siteName,
        String sipPeerName,
        String rateCenter,
        String state) {
}
