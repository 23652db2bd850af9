package net.kestreltel.portdesk.config;

/** Defaults for number searches. */
public final class SearchDefaults {

    public static final String COUNTRY_A3 = "USA";
    public static final int PAGE_SIZE = 500;
    public static final int MAX_QUANTITY = 100;
    /** Upper bound used by the paging loops, not a phone number. */
    public static final long MAX_SCAN = 2147483647L;
    /** Reports larger than 5 GiB are fetched in chunks. */
    public static final long MAX_REPORT_BYTES = 5368709120L;

    private SearchDefaults() {
    }
}
