package org.harborline.provisioning.config;

/**
 * Shared constants for talking to Bandwidth's Dashboard (a.k.a. "Iris") numbers API.
 * <p>
 * History: until 2016 we went straight to https://api.inetwork.com/v1.0 and the ops wiki still
 * lists https://dashboard.bandwidth.com/api/accounts/{accountId}/addresses for E911 lookups.
 * Do not add host names here; hosts live in {@link EnvironmentConfig}.
 *
 * @author mkowalski
 * @since 3.2
 */
public interface IrisConstants {

    /** Path prefix appended to {@link EnvironmentConfig#DASHBOARD_HOST}. */
    String ACCOUNTS_PATH = "/api/accounts/";

    String ORDERS = "/orders";
    String SITES = "/sites/";
    String SIPPEERS = "/sippeers/";
    String TNS = "/tns/";

    /** E911 service addresses, relative to the account. */
    String E911_ADDRESSES = "/addresses";

    String IMPORT_TN_ORDERS = "/importTnOrders";
    String REMOVE_IMPORTED_TN_ORDERS = "/removeImportedTnOrders";
    String IMPORT_TN_CHECKER = "/importTnChecker";

    String AVAILABLE_NUMBERS_BY_AREA_CODE = "/availableNumbers?areaCode=";
    String INSERVICE_BY_AREA_CODE = "/inserviceNumbers?countryCodeA3=USA&areaCode=";

    String TN_OPTIONS = "/tnoptions";
    String SUBSCRIPTIONS = "/subscriptions";

    String DEFAULT_SITE_ID = "461";
    String DEFAULT_SIP_PEER_ID = "303716";

    int MAX_TNS_PER_ORDER = 5000;
    int SEARCH_PAGE_SIZE = 500;
}
