package com.cascadia.numprov.iris;

/**
 * Account-scoped collections of the Dashboard API that the order workflows post to.
 */
public enum AccountResource {

    ORDERS("/orders"),
    DISCONNECTS("/disconnects"),
    PORT_INS("/portins"),
    LNP_CHECKER("/lnpchecker"),
    IMPORT_TN_CHECKER("/importTnChecker"),
    REMOVE_IMPORTED_TN_ORDERS("/removeImportedTnOrders"),
    EXTERNAL_TNS("/externalTns"),
    SUBSCRIPTIONS("/subscriptions"),
    REPORTS("/reports");

    private final String path;

    AccountResource(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** {@code <baseUrl>/accounts/<accountId><path>} */
    public String url(String baseUrl, String accountId) {
        return baseUrl + IrisPaths.ACCOUNTS + accountId + path;
    }

    /** {@code <baseUrl>/accounts/<accountId><path>/<id>} */
    public String url(String baseUrl, String accountId, String id) {
        return url(baseUrl, accountId) + "/" + id;
    }
}
