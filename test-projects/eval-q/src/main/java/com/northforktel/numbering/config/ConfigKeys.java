package com.northforktel.numbering.config;

/**
 * Flattened configuration keys (dot separated, as produced by {@link ConfigModule}).
 */
public final class ConfigKeys {

    public static final String HTTP_PORT = "http.port";
    public static final String CALLBACK_PORT = "callbacks.port";
    public static final String CALLBACK_PUBLIC_URL = "callbacks.publicUrl";
    public static final String CALLBACK_USER = "callbacks.username";
    public static final String CALLBACK_PASSWORD = "callbacks.password";

    public static final String DASHBOARD_BASE_URL = "dashboard.baseUrl";
    public static final String DASHBOARD_SANDBOX_URL = "dashboard.sandboxBaseUrl";
    public static final String DASHBOARD_V2_BASE_URL = "dashboard.v2BaseUrl";
    public static final String DASHBOARD_V2_PREVIEW = "dashboard.v2Preview";
    public static final String DASHBOARD_HOST = "dashboard.host";
    public static final String DASHBOARD_PORT = "dashboard.port";
    public static final String DASHBOARD_ACCOUNT = "dashboard.accountId";
    public static final String DASHBOARD_USER = "dashboard.username";
    public static final String DASHBOARD_PASSWORD = "dashboard.password";
    public static final String DASHBOARD_SITE = "dashboard.siteId";
    public static final String DASHBOARD_SIPPEER = "dashboard.sipPeerId";
    public static final String DASHBOARD_TIMEOUT = "dashboard.requestTimeoutMs";

    public static final String HOSTED_MESSAGING_LEGACY_HOST = "hostedMessaging.legacyHost";
    public static final String HOSTED_MESSAGING_EXTERNAL_TNS_ENABLED = "hostedMessaging.externalTnsEnabled";

    public static final String LEGACY_IRIS_CONFIG = "legacy.iris.configFile";
    public static final String LEGACY_IRIS_LAB_CONFIG = "legacy.iris.labConfigFile";

    public static final String INVENTORY_SYNC_INTERVAL = "inventory.syncIntervalMs";
    public static final String INVENTORY_AREA_CODES = "inventory.syncAreaCodes";
    public static final String INVENTORY_PAGE_SIZE = "inventory.pageSize";
    public static final String ORDERS_POLL_INTERVAL = "orders.pollIntervalMs";
    public static final String REPORTS_INVENTORY_ID = "reports.inventoryReportId";

    /** Used when neither the config files nor system properties provide a Dashboard base URL. */
    public static final String FALLBACK_DASHBOARD_BASE = "https://dashboard.bandwidth.com/api";

    private ConfigKeys() {
    }
}
