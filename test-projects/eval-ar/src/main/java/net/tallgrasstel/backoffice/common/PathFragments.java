package net.tallgrasstel.backoffice.common;

/**
 * Path pieces shared by the hand-written Dashboard calls.
 */
public final class PathFragments {

    /** Account root as the Iris SDK sends it, for requests the SDK has no method for. */
    public static final String ACCOUNTS_V1 = "/v1.0/accounts/";

    /** Account root under the documented REST base. */
    public static final String API_ACCOUNTS = "/api/accounts/";

    public static final String ADDRESSES = "/addresses";
    public static final String SITES = "/sites/";
    public static final String SIPPEERS = "/sippeers/";
    public static final String TNS = "/tns/";
    public static final String TN_OPTIONS = "/tnoptions";
    public static final String SUBSCRIPTIONS = "/subscriptions";

    private PathFragments() {
    }
}
