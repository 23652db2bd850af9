package net.northwind.porting.iris;

/**
 * Shared constants for the upstream carrier (Bandwidth Dashboard, a.k.a. "Iris") integration.
 *
 * <p>Everything used to live on {@code https://api.inetwork.com/v1.0}; the Dashboard host took
 * over in 2019. Keep hosts here so the jobs never hard-code them.
 */
public interface IrisConstants {

    String DASHBOARD_HOST = "https://dashboard.bandwidth.com";
    String DASHBOARD_TEST_HOST = "https://test.dashboard.bandwidth.com";

    /** Appended to {@link #DASHBOARD_HOST} by the raw HTTP clients. */
    String ACCOUNTS_ROOT = "/api/accounts/";

    String TEST_API_BASE = DASHBOARD_TEST_HOST + "/api/v1";

    String LEGACY_API_BASE = "https://api.inetwork.com/v1.0";
    String LEGACY_TEST_API_BASE = "https://api.test.inetwork.com/v1.0";

    String MEDIA_XML = "application/xml; charset=utf-8";
    String DEFAULT_COUNTRY = "USA";
    String USER_AGENT = "northwind-porting-batch/3.4";

    int DEFAULT_PAGE_SIZE = 500;

    /** Upper bound on LOA uploads we accept from resellers (bytes). */
    long MAX_LOA_BYTES = 2_147_483_647L;
}
