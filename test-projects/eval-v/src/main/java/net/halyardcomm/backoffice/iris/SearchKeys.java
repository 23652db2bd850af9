package net.halyardcomm.backoffice.iris;

/** Query keys of the Dashboard search endpoints, shared by the SDK and raw callers. */
public final class SearchKeys {

    public static final String AREA_CODE = "areaCode";
    public static final String COUNTRY = "countryCodeA3";
    public static final String QUANTITY = "quantity";
    public static final String ENABLE_TN_DETAIL = "enableTNDetail";
    public static final String RATE_CENTER = "rateCenter";
    public static final String STATE = "state";
    public static final String PAGE = "page";
    public static final String SIZE = "size";

    /** ISO 3166 alpha-3 for US numbers. */
    public static final String USA = "USA";

    private SearchKeys() {
    }
}
