package net.tidewatertel.provisioning.domain;

import java.util.Arrays;
import java.util.List;

/**
 * Our own service regions, as defined by network engineering. Not Dashboard data:
 * the list is maintained by hand when a new central office is lit.
 */
public enum ServiceRegion {

    NORFOLK("Norfolk / Virginia Beach", 757, "4412"),
    RICHMOND("Richmond", 804, "4415"),
    OUTER_BANKS("Outer Banks", 252, "4417");

    private final String displayName;
    private final int areaCode;
    private final String siteId;

    ServiceRegion(String displayName, int areaCode, String siteId) {
        this.displayName = displayName;
        this.areaCode = areaCode;
        this.siteId = siteId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public int getAreaCode() {
        return areaCode;
    }

    public String getSiteId() {
        return siteId;
    }

    public static ServiceRegion forAreaCode(int areaCode) {
        return Arrays.stream(values())
                .filter(region -> region.areaCode == areaCode)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not one of our area codes: " + areaCode));
    }

    public static List<ServiceRegion> all() {
        return Arrays.asList(values());
    }
}
