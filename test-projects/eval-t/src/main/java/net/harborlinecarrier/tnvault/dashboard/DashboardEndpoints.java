package net.harborlinecarrier.tnvault.dashboard;

/**
 * Path segments of the Bandwidth Dashboard numbers API. Base URL comes from config; these are
 * appended with {@code WebTarget.path(..)} or concatenation.
 */
public final class DashboardEndpoints {

    /** Used when a caller only has the bare host (e.g. from the legacy XML config). */
    public static final String V1_ACCOUNTS = "/v1.0/accounts/";

    public static final String ACCOUNTS = "accounts";
    public static final String SITES = "sites";
    public static final String SIPPEERS = "sippeers";
    public static final String TNS = "tns";
    public static final String ORDERS = "orders";
    public static final String PORT_INS = "portins";
    public static final String DISCONNECTS = "disconnects";
    public static final String AVAILABLE_NUMBERS = "availableNumbers";
    public static final String AVAILABLE_NPA_NXX = "availableNpaNxx";
    public static final String INSERVICE_NUMBERS = "inserviceNumbers";
    public static final String SUBSCRIPTIONS = "subscriptions";
    public static final String REPORTS = "reports";
    public static final String TN_OPTIONS = "tnoptions";

    /** E911 service addresses. */
    public static final String ADDRESSES = "addresses";

    /** Hosted messaging on numbers that stay with their voice carrier. */
    public static final String IMPORT_TN_ORDERS = "importTnOrders";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = "importTnChecker";
    public static final String EXTERNAL_TNS = "externalTns";

    public static final String AREA_CODE = "areaCode";
    public static final String COUNTRY_CODE_A3 = "countryCodeA3";
    public static final String QUANTITY = "quantity";

    private DashboardEndpoints() {
    }
}
