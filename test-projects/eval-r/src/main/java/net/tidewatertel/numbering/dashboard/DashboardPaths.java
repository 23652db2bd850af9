package net.tidewatertel.numbering.dashboard;

/**
 * Account-relative paths of the Dashboard numbers API. {@link DashboardHttp} prefixes them
 * with {@code <base-url>/accounts/<accountId>}; the host-and-path callers use
 * {@link #API_ACCOUNTS} with {@link DashboardEndpoints#PROD_HOST}.
 */
public final class DashboardPaths {

  /** Path prefix for callers that configure the host separately. */
  public static final String API_ACCOUNTS = "/api/accounts/";

  public static final String IN_SERVICE = "/inserviceNumbers";
  public static final String AVAILABLE = "/availableNumbers";
  public static final String AVAILABLE_NPA_NXX = "/availableNpaNxx";
  public static final String ORDERS = "/orders";
  public static final String DISCONNECTS = "/disconnects";
  public static final String PORT_INS = "/portins";
  public static final String TN_OPTIONS = "/tnoptions";
  public static final String SUBSCRIPTIONS = "/subscriptions";
  public static final String REPORTS = "/reports";

  /** Hosted messaging: numbers served by our own switch, messaging through Bandwidth. */
  public static final String IMPORT_TN_ORDERS = "/importTnOrders";
  public static final String REMOVE_IMPORTED_TN_ORDERS = "/removeImportedTnOrders";
  public static final String IMPORT_TN_CHECKER = "/importTnChecker";

  /** E911 service addresses, account level. */
  public static final String E911_ADDRESSES = "/addresses";

  private DashboardPaths() {
  }

  public static String sipPeerTn(String siteId, String sipPeerId, String tn) {
    return "/sites/" + siteId + "/sippeers/" + sipPeerId + "/tns/" + tn;
  }
}
