package com.cobaltline.numbering.rest;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Customer order ids we put on Dashboard orders ("CL-" + ten digits), so the NOC can find them.
 */
public final class OrderIds {

    /** First id of the 2024 range; the ids before are in the old OSS. */
    private static final long FIRST_ID = 4105000000L;

    /** The legacy OSS stored ids in a signed int column. */
    static final long LEGACY_MAX = 2147483647L;

    /** Epoch second of the OSS cut-over, 2024-01-01T00:00:00Z. */
    static final long CUTOVER_EPOCH = 1704067200L;

    private static final AtomicLong NEXT = new AtomicLong(FIRST_ID);

    private OrderIds() {
    }

    public static String next() {
        return "CL-" + String.format("%010d", NEXT.getAndIncrement());
    }

    public static boolean isLegacy(long id) {
        return id <= LEGACY_MAX;
    }
}
