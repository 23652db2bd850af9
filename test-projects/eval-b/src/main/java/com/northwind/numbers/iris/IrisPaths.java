package com.northwind.numbers.iris;

/**
 * Path fragments of the Dashboard API. The host comes from {@code iris.base-url} or
 * {@code IRIS_HOST}; see IrisProperties.
 */
public final class IrisPaths {

    /** Host only; the version lives in the path fragments below. */
    public static final String IRIS_HOST = "https://dashboard.bandwidth.com";

    public static final String ACCOUNTS = "/api/accounts/";
    public static final String LEGACY_ACCOUNTS = "/v1.0/accounts/";

    public static final String ORDERS = "/orders";
    public static final String PORT_INS = "/portins";
    public static final String E911_ADDRESSES = "/addresses";
    public static final String IMPORT_TN_ORDERS = "/importTnOrders";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = "/importTnChecker";
    public static final String EXTERNAL_TNS = "/externalTns";
    public static final String TN_OPTIONS = "/tnoptions";
    public static final String SUBSCRIPTIONS = "/subscriptions";

    public static final String SIPPEER_TN =
            "/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}";

    private IrisPaths() {
    }
}
