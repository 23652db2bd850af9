package net.tidewatertel.numbering.dashboard;

/**
 * Hosts and full base URLs of the Dashboard. The service itself reads {@code dashboard.base-url};
 * these constants serve the ops tooling, the canary monitor and the host-and-path callers.
 */
public final class DashboardEndpoints {

  public static final String PROD_HOST = "dashboard.bandwidth.com";
  public static final String TEST_HOST = "test.dashboard.bandwidth.com";
  public static final int HTTPS_PORT = 443;

  public static final String PROD_BASE_URL = "https://dashboard.bandwidth.com/api/";
  public static final String TEST_BASE_URL = "https://test.dashboard.bandwidth.com/api/";

  /** The E911 team already validates addresses against v2 (NUM-2231). */
  public static final String PROD_V2_BASE_URL = "https://dashboard.bandwidth.com/api/v2/";

  /** Deep link into the Bandwidth web portal, used in NOC tickets. */
  public static final String PORTAL_ORDER_LINK = "https://webui.inetwork.com/report/#orders/";

  private DashboardEndpoints() {
  }
}
