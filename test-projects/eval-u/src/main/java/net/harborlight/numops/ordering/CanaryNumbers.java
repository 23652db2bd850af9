package net.harborlight.numops.ordering;

import java.util.List;

/**
 * The Raleigh lab numbers. The nightly smoke job orders them into the lab site and releases
 * them again, which tells us before customers do when ordering is broken.
 */
public final class CanaryNumbers {

    public static final List<String> SMOKE_TNS = List.of(
            "9192149911",
            "9192149912");

    /** Billing number of the lab trunk, used for the portability smoke check. */
    public static final long LAB_BTN = 9192149900L;

    public static final String SMOKE_SITE_ID = "38129";

    public static final String SMOKE_ORDER_PREFIX = "smoke-";

    private CanaryNumbers() {
    }
}
