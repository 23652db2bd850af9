package com.pinecrestcomm.qa.numbers.model;

import com.bandwidth.iris.sdk.model.AvailableNpaNxx;

/**
 * Flattened availableNpaNxx row used by the capacity report.
 */
public record NpaNxxEntry(int npa, int nxx, String city, int quantity) {

    public static NpaNxxEntry from(AvailableNpaNxx row) {
        return new NpaNxxEntry(
                Integer.parseInt(row.getNpa()),
                Integer.parseInt(row.getNxx()),
                row.getCity(),
                row.getQuantity());
    }

    public boolean isTollFree() {
        return npa == 800 || npa == 888 || npa == 877 || npa == 866 || npa == 855 || npa == 844 || npa == 833;
    }
}
