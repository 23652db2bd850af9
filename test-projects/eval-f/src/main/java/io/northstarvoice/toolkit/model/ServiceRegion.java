package io.northstarvoice.toolkit.model;

import java.util.List;

/**
 * Sales territory in our CRM. {@code areaCode} is the headline code printed on marketing material;
 * it has nothing to do with the carrier's inventory.
 */
public record ServiceRegion(String name, int areaCode, List<String> overlayCodes, String salesOwner) {

    public boolean covers(String npa) {
        return Integer.toString(areaCode).equals(npa) || overlayCodes.contains(npa);
    }
}
