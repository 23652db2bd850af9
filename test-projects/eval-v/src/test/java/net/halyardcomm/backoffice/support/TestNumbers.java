package net.halyardcomm.backoffice.support;

/** Shared test data. The 555-01xx range is reserved for fiction. */
public final class TestNumbers {

    public static final String ACCOUNT = "9900417";
    public static final String SITE = "4410";
    public static final String PEER = "520817";

    /** Numbers the ordering tests put into orders. */
    public static final String RALEIGH_1 = "9195550180";
    public static final String RALEIGH_2 = "9195550181";

    /** The same number as the v2 API returns it. */
    public static final String RALEIGH_1_E164 = "+19195550180";

    /** 2050-01-01T00:00:00Z, used as a fixed "last seen" time in DAO tests. */
    public static final long FIXED_EPOCH = 2524608000L;

    /** "No limit" for page sizes in fake responses. */
    public static final int NO_LIMIT = 2147483647;

    public static final String ORDER_ID = "47955555-67aa-4adb-8c0f-b6894e60c0dc";

    private TestNumbers() {
    }
}
