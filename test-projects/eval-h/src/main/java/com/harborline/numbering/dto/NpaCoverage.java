package com.harborline.numbering.dto;

/**
 * One {@code <AvailableNpaNxx>} entry of Dashboard's availableNpaNxx answer, flattened.
 */
public record NpaCoverage(int areaCode, String exchange, String city, int quantity) {

    public String npaNxx() {
        return areaCode + exchange;
    }
}
