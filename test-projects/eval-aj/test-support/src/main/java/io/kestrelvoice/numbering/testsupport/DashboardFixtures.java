package io.kestrelvoice.numbering.testsupport;

import java.util.List;

/**
 * Ids and numbers shared by the service tests. The account/site/peer ids are the ones of our
 * Dashboard sandbox account.
 */
public final class DashboardFixtures {

    public static final String BASE_URL = "https://dashboard.bandwidth.com/api";
    public static final String SANDBOX_BASE_URL = "https://test.dashboard.bandwidth.com/api/v2";

    public static final String ACCOUNT_ID = "9900012";
    public static final String SITE_ID = "4501";
    public static final String SIP_PEER_ID = "580211";
    public static final String USERNAME = "kv-provisioning";
    public static final String PASSWORD = "not-a-secret";

    /** Numbers we order in the happy-path tests. */
    public static final List<String> ORDER_NUMBERS = List.of(
            "9195550100",
            "9195550101",
            "9845550102");

    /** Numbers a customer brings for hosted messaging. */
    public static final String HOSTED_TN_1 = "7045550110";
    public static final String HOSTED_TN_2 = "+17045550111";

    public static final String ORDER_ID = "47955555-67aa-4adb-8c0f-b6894e60c0dc";
    public static final String IMPORT_ORDER_ID = "b05de7e6-0cab-4c83-81bb-9379cba8efd0";

    /** Subscription expiry used in the callback tests: far enough in the future. */
    public static final long SUBSCRIPTION_EXPIRY = 3122064000L;

    /** Nightly batch run id format yyyyMMddHH. */
    public static final long BATCH_RUN_ID = 2025061502L;

    private DashboardFixtures() {
    }

    public static String accountUrl() {
        return BASE_URL + "/accounts/" + ACCOUNT_ID;
    }
}
