package net.lumivox.numbering.iris;

/**
 * Base URLs and path fragments of the Bandwidth Dashboard API.
 */
public final class IrisEndpoints {

    public static final String PRODUCTION = "https://dashboard.bandwidth.com/api";
    public static final String SANDBOX = "https://test.dashboard.bandwidth.com/api";

    /** Host only: the SDK appends its own version segment. */
    public static final String SDK_HOST = "https://dashboard.bandwidth.com";

    public static final String ACCOUNTS = "/accounts/";
    public static final String VERSIONED_ACCOUNTS = "/v1.0/accounts/";

    public static final String ADDRESSES = "/addresses";
    public static final String E911_ADDRESSES = "/e911Addresses";

    public static final String IMPORT_TN_ORDERS = "/importTnOrders";
    public static final String IMPORT_TN_ORDERS_VOICE = "/importTnOrders/voice";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = "/importTnChecker";
    public static final String EXTERNAL_TNS = "/externalTns";

    public static final String TN_OPTIONS = "/tnoptions";
    public static final String AVAILABLE_NUMBERS = "/availableNumbers";
    public static final String INSERVICE_NUMBERS = "/inserviceNumbers";

    public static final String DEFAULT_COUNTRY = "USA";

    private IrisEndpoints() {
    }
}
