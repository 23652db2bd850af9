package com.bluepinenet.cdrpipeline.config;

/**
 * Hosts and path templates of the Bandwidth Dashboard ("Iris") numbers API.
 * <p>
 * Templates are {@link String#format} patterns taking the account id first. The production
 * host answers on https://dashboard.bandwidth.com/api/accounts/{accountId}/..., the sandbox
 * on the test.dashboard host.
 */
public final class DashboardEndpoints {

    public static final String PROD_BASE = "https://dashboard.bandwidth.com/api/";
    public static final String SANDBOX_BASE = "https://test.dashboard.bandwidth.com/api/";

    /** Old iNetwork hosts; two partner sites still only allow-list these. */
    public static final String INETWORK_BASE = "https://api.inetwork.com/v1.0";
    public static final String INETWORK_TEST_BASE = "https://api.test.inetwork.com/v1.0";

    public static final String ACCOUNT = "/accounts/%s";
    public static final String IN_SERVICE_NUMBERS = "/accounts/%s/inserviceNumbers";
    public static final String SITE_IN_SERVICE_NUMBERS = "/accounts/%s/sites/%s/inserviceNumbers";
    public static final String ORDERS = "/accounts/%s/orders";
    public static final String ORDER = "/accounts/%s/orders/%s";
    public static final String DISCONNECTS = "/accounts/%s/disconnects";
    public static final String PORT_INS = "/accounts/%s/portins";
    public static final String LNP_CHECKER = "/accounts/%s/lnpchecker?fullCheck=true";

    public static final String E911_ADDRESSES = "/accounts/%s/addresses";
    public static final String E911_ADDRESS = "/accounts/%s/addresses/%s";

    public static final String IMPORT_TN_ORDERS = "/accounts/%s/importTnOrders";
    public static final String IMPORT_TN_ORDER = "/accounts/%s/importTnOrders/%s";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/accounts/%s/removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = "/accounts/%s/importTnChecker";
    public static final String EXTERNAL_TNS = "/accounts/%s/externalTns";

    public static final String SIP_PEER_TN = "/accounts/%s/sites/%s/sippeers/%s/tns/%s";
    public static final String TN_OPTIONS = "/accounts/%s/tnoptions";
    public static final String SUBSCRIPTIONS = "/accounts/%s/subscriptions";
    public static final String REPORT_INSTANCES = "/accounts/%s/reports/%s/instances";
    public static final String REPORT_INSTANCE_FILE = "/accounts/%s/reports/%s/instances/%s/file";
    public static final String TN_DETAILS = "/tns/%s/tndetails";

    private DashboardEndpoints() {
    }
}
