package net.tidewatertel.provisioning.config;

/**
 * Hosts and path fragments of the vendor APIs the back office talks to.
 * <p>
 * The values in {@code provisioning.properties} win at runtime; these are the
 * fall-backs used by the batch tools and the unit tests.
 */
public final class IrisEndpoints {

    /** Bandwidth Dashboard ("Iris"), production. */
    public static final String DASHBOARD_BASE = "https://dashboard.bandwidth.com/api";

    /** Dashboard sandbox used by the staging environment. */
    public static final String DASHBOARD_TEST_BASE = "https://test.dashboard.bandwidth.com/api/v1";

    /** Account prefix appended to a bare host by the older batch tools. */
    public static final String ACCOUNTS_PREFIX = "/v1.0/accounts/";

    public static final String E911_ADDRESSES = "/accounts/%s/addresses";
    public static final String IMPORT_TN_ORDERS = "/importTnOrders";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/removeImportedTnOrders";
    public static final String EXTERNAL_TNS = "/externalTns";
    public static final String IMPORT_TN_CHECKER = "/importTnChecker";
    public static final String TN_OPTIONS = "/tnoptions";

    /** Bandwidth messaging (SMS/MMS), used by the NOC alerting. */
    public static final String MESSAGING_BASE = "https://messaging.bandwidth.com/api/v2";

    /** Bandwidth voice, used for the outbound test calls. */
    public static final String VOICE_BASE = "https://voice.bandwidth.com/api/v2";

    /** Bandwidth two-factor codes for the self-care portal. */
    public static final String MFA_BASE = "https://mfa.bandwidth.com/api/v1";

    /** Number lookup (carrier / line type). */
    public static final String LOOKUP_BASE = "https://api.bandwidth.com/v2";

    /** Dashboard web portal, only used to build links in e-mails. */
    public static final String PORTAL = "https://webui.inetwork.com";

    private IrisEndpoints() {
    }
}
