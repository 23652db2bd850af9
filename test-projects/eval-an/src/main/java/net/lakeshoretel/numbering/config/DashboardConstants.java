package net.lakeshoretel.numbering.config;

/**
 * Endpoints of the Bandwidth Dashboard numbers API shared by the streaming job and the CLI.
 *
 * <p>Bandwidth documents the API at https://dashboard.bandwidth.com/api/ (see NUM-112 in Confluence
 * for the credentials and the sub-account layout).
 */
public final class DashboardConstants {

    /** Production base URL, without trailing slash. */
    public static final String PROD_BASE_URL = "https://dashboard.bandwidth.com/api";

    /** Bandwidth's test environment, used by the staging deployment. */
    public static final String TEST_BASE_URL = "https://test.dashboard.bandwidth.com/api";

    /** Host used by the old provisioning scripts; the nightly reconciliation still points at it. */
    public static final String LEGACY_BASE_URL = "https://api.inetwork.com/v1.0";

    /** Appended to a bare host, e.g. when the host comes from the environment. */
    public static final String ACCOUNTS_PREFIX = "/api/accounts/";

    /** E911 address of an activation, expanded by {@link #expand(String, String, String)}. */
    public static final String E911_ADDRESS_PATH = "/accounts/{accountId}/addresses/{addressId}";

    public static final String TN_DETAILS_PATH = "/tns/{tn}/tndetails";

    public static final String REPORT_INSTANCES_PATH = "/accounts/{accountId}/reports/{reportId}/instances";

    public static final String XML_MEDIA_TYPE = "application/xml; charset=utf-8";

    public static final int DEFAULT_PAGE_SIZE = 500;

    private DashboardConstants() {
    }

    public static String expand(String template, String accountId, String id) {
        return template.replace("{accountId}", accountId)
                .replace("{addressId}", id)
                .replace("{reportId}", id)
                .replace("{tn}", id);
    }
}
