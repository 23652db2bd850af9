package com.harborline.porting.config;

/**
 * Path suffixes below {@code /accounts/{accountId}}.
 */
public final class DashboardPaths {

    public static final String ORDERS = "/orders";
    public static final String IMPORT_TN_ORDERS = "/importTnOrders";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = "/importTnChecker";
    public static final String EXTERNAL_TNS = "/externalTns";
    public static final String E911_ADDRESSES = "/e911Addresses";
    public static final String TN_OPTIONS = "/tnoptions";
    public static final String INSERVICE_NUMBERS = "/inserviceNumbers";
    public static final String AREA_CODE = "areaCode";
    public static final String COUNTRY_CODE = "countryCodeA3";

    private DashboardPaths() {
    }

    public static String account(String accountId, String suffix) {
        return "/accounts/" + accountId + suffix;
    }
}
