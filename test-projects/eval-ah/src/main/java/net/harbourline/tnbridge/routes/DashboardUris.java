package net.harbourline.tnbridge.routes;

/**
 * Builds camel-http endpoint URIs for the Dashboard. Host and credentials come from property
 * placeholders so the same routes run against test and production accounts, e.g.
 * {@code account("/orders")} resolves to {@code https://dashboard.bandwidth.com/api/accounts/9900012/orders?authMethod=Basic&...}.
 */
public final class DashboardUris {

    static final String ACCOUNT_ROOT = "{{dashboard.base-url}}/accounts/{{dashboard.account-id}}";

    static final String AUTH = "authMethod=Basic&authUsername=RAW({{dashboard.username}})"
            + "&authPassword=RAW({{dashboard.password}})&authenticationPreemptive=true";

    private DashboardUris() {
    }

    /** @param path path below the account, may carry its own query string */
    public static String account(String path) {
        return ACCOUNT_ROOT + path + (path.contains("?") ? "&" : "?") + AUTH;
    }

    /** Same as {@link #account(String)} but keeps non-2xx responses in the body for the caller. */
    public static String accountLenient(String path) {
        return account(path) + "&throwExceptionOnFailure=false";
    }
}
