package com.pinecrestcomm.qa.numbers.client;

/**
 * URI templates of the Dashboard resources we call, relative to the environment base URL.
 * Placeholders are expanded by RestClient / UriComponentsBuilder.
 */
public final class DashboardPaths {

    public static final String ACCOUNT = "/accounts/{accountId}";

    public static final String ORDERS = ACCOUNT + "/orders";
    public static final String ORDER = ORDERS + "/{orderId}";

    public static final String AVAILABLE_NUMBERS = ACCOUNT + "/availableNumbers";
    public static final String AVAILABLE_NPA_NXX = ACCOUNT + "/availableNpaNxx";
    public static final String INSERVICE_NUMBERS = ACCOUNT + "/inserviceNumbers";

    public static final String E911_ADDRESSES = "/accounts/{accountId}/addresses";
    public static final String E911_ADDRESS = E911_ADDRESSES + "/{addressId}";

    public static final String IMPORT_TN_ORDERS = "/accounts/{accountId}/importTnOrders";
    public static final String IMPORT_TN_ORDER_HISTORY = "/accounts/{accountId}/importTnOrders/{orderId}/history";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/accounts/{accountId}/removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = ACCOUNT + "/importTnChecker";

    public static final String EXTERNAL_TNS = "/accounts/{accountId}/externalTns";

    public static final String SIPPEER_TN = ACCOUNT + "/sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}";
    public static final String TN_OPTIONS = ACCOUNT + "/tnoptions";

    public static final String SUBSCRIPTIONS = ACCOUNT + "/subscriptions";
    public static final String REPORT_INSTANCES = ACCOUNT + "/reports/{reportId}/instances";
    public static final String REPORT_INSTANCE_FILE = REPORT_INSTANCES + "/{instanceId}/file";

    private DashboardPaths() {
    }
}
