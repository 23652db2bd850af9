package com.harborline.numbering.config;

import java.util.List;

/**
 * Shared constants for the Bandwidth Dashboard (Iris) integration.
 *
 * <p>Most URLs come from application.properties; the constants below are the
 * pieces that never changed between environments and were hoisted here when
 * the provisioning code was split out of the monolith in 2019.
 */
public final class DashboardConstants {

    /** Host only; paths are appended by {@link com.harborline.numbering.dashboard.DashboardPaths}. */
    public static final String DASHBOARD_HOST = "https://dashboard.bandwidth.com";

    /** Account-scoped prefix appended to {@link #DASHBOARD_HOST}. */
    public static final String ACCOUNTS_PATH = "/api/accounts/";

    public static final String E911_ADDRESSES = "/addresses";
    public static final String EXTERNAL_TNS = "/externalTns";
    public static final String IMPORT_TN_ORDERS = "importTnOrders";
    public static final String IMPORT_TN_CHECKER = "importTnChecker";
    public static final String TN_OPTIONS = "tnoptions";

    public static final String XML = "application/xml";

    /** Default page size for inserviceNumbers paging. */
    public static final int PAGE_SIZE = 500;

    /**
     * Numbers we keep on the Harborline house account for the nightly
     * order/disconnect smoke test. They are ordered with PartialAllowed=false.
     */
    public static final List<String> SMOKE_TEST_TNS = List.of(
            "9195550142",
            "9195550143");

    /** Placeholder account id used in runbooks and examples; never a real account. */
    public static final String EXAMPLE_ACCOUNT_ID = "1234567890";

    /** Max int used by the Dashboard as "unlimited" quantity in our old scripts. */
    public static final int UNLIMITED = 2147483647;

    private DashboardConstants() {
    }
}
