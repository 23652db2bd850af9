package com.quillcrest.provisioning.legacy;

/**
 * Constants of the original (2017) Java provisioning jobs. Kept as-is because the porting
 * and E911 jobs still read them; new code should use DashboardPaths.
 *
 * @deprecated use {@code com.quillcrest.provisioning.dashboard.DashboardPaths}
 */
@Deprecated
public final class IrisConstants {

    public static final String IRIS_BASE_URL = "https://api.inetwork.com/v1.0";

    /** Path prefix for URIBuilder.setPath(..), which replaces the path of the base URL. */
    public static final String ACCOUNTS_PATH = "/v1.0/accounts/";

    public static final String ORDERS = "/orders";
    public static final String PORTINS = "/portins";
    public static final String ADDRESSES = "/addresses";
    public static final String DISCONNECTS = "/disconnects";

    /** Old web portal, linked from porting tickets. */
    public static final String WEBUI_URL = "https://webui.inetwork.com/";

    public static final int MAX_TNS_PER_ORDER = 5000;
    public static final int HTTP_TIMEOUT_MILLIS = 30000;

    /** Largest order id the 2017 schema could store; kept for the archive importer. */
    public static final long MAX_LEGACY_ORDER_ID = 2147483647L;

    private IrisConstants() {
    }
}
