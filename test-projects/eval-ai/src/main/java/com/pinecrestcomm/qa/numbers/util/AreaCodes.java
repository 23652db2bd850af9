package com.pinecrestcomm.qa.numbers.util;

import java.util.List;

/**
 * Area codes our North Carolina test inventory lives in.
 */
public final class AreaCodes {

    public static final int RALEIGH = 919;
    public static final int CHARLOTTE = 704;
    public static final int GREENSBORO = 336;
    public static final int WILMINGTON = 910;

    public static final List<Integer> NORTH_CAROLINA = List.of(RALEIGH, CHARLOTTE, GREENSBORO, WILMINGTON, 252, 828, 984);

    private AreaCodes() {
    }

    public static String asQueryValue(int npa) {
        return Integer.toString(npa);
    }
}
