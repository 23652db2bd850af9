package com.cascadia.numprov.iris;

/**
 * Path fragments of the Bandwidth Dashboard numbers API, appended to {@code iris.base-url}
 * (or to {@code iris.host} for {@link #API_ACCOUNTS}).
 */
public final class IrisPaths {

    private IrisPaths() {
    }

    /** Account prefix including the API root, for code that only knows the host. */
    public static final String API_ACCOUNTS = "/api/accounts/";

    /** Account prefix relative to {@code iris.base-url}. */
    public static final String ACCOUNTS = "/accounts/";

    /** Account prefix for the iNetwork host, which has no /api root. */
    public static final String INETWORK_ACCOUNTS = "/v1.0/accounts/";

    public static final String SITES = "/sites/";
    public static final String SIPPEERS = "/sippeers/";
    public static final String TNS = "/tns/";

    /** E911 service addresses of the account. */
    public static final String ADDRESSES = "/addresses";

    /** Hosted messaging import orders. */
    public static final String IMPORT_TN_ORDERS = "/importTnOrders";

    public static final String HISTORY = "/history";
    public static final String INSERVICE_NUMBERS = "/inserviceNumbers";
    public static final String TN_OPTIONS = "/tnoptions";
}
