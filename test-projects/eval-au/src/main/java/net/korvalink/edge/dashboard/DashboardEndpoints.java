package net.korvalink.edge.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Well-known Dashboard (Iris) locations. Paths are relative to the configured base URL and take the
 * account id as their first argument.
 */
public final class DashboardEndpoints {

    public static final String PRODUCTION = "https://dashboard.bandwidth.com/api";
    public static final String PRODUCTION_SDK = "https://dashboard.bandwidth.com/v1.0";
    public static final String SANDBOX = "https://test.dashboard.bandwidth.com/api/v1";
    public static final String LEGACY_TEST = "https://api.test.inetwork.com/v1.0";

    /** Customer portal, for links in operator output. */
    public static final String PORTAL = "https://webui.inetwork.com/";

    public static final String AVAILABLE_NUMBERS = "/accounts/%s/availableNumbers";
    public static final String INSERVICE_NUMBERS = "/accounts/%s/inserviceNumbers";
    public static final String E911_ADDRESSES = "/accounts/%s/addresses";
    public static final String E911_ADDRESS = "/accounts/%s/addresses/%s";
    public static final String IMPORT_TN_ORDERS = "/accounts/%s/importTnOrders";
    public static final String IMPORT_TN_ORDER_HISTORY = "/accounts/%s/importTnOrders/%s/history";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/accounts/%s/removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = "/accounts/%s/importTnChecker";
    public static final String EXTERNAL_TNS = "/accounts/%s/externalTns";
    public static final String SIPPEER_TN = "/accounts/%s/sites/%s/sippeers/%s/tns/%s";
    public static final String SIPPEER_TNS = "/accounts/%s/sites/%s/sippeers/%s/tns";
    public static final String TN_OPTIONS = "/accounts/%s/tnoptions";
    public static final String SUBSCRIPTIONS = "/accounts/%s/subscriptions";
    public static final String REPORT_INSTANCES = "/accounts/%s/reports/%s/instances";
    public static final String REPORT_FILE = "/accounts/%s/reports/%s/instances/%s/file";
    public static final String TN_DETAILS = "/tns/%s/tndetails";

    private DashboardEndpoints() {
    }

    /** Account-relative path from segments, e.g. {@code account(id, "sites", siteId)}. */
    public static String account(String accountId, String... segments) {
        String tail = Arrays.stream(segments)
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8))
                .collect(Collectors.joining("/"));
        return tail.isEmpty() ? "/accounts/" + accountId : "/accounts/" + accountId + "/" + tail;
    }
}
