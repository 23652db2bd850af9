package net.kestrelwave.numops.dashboard;

/**
 * String helpers for account-scoped Dashboard URLs, for the places that want a plain String
 * rather than a {@link org.apache.hc.core5.net.URIBuilder}.
 */
public final class AccountPaths {

    private final String base;
    private final String accountId;

    public AccountPaths(String base, String accountId) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.accountId = accountId;
    }

    public String account(String... parts) {
        StringBuilder sb = new StringBuilder(base).append("/accounts/").append(accountId);
        for (String part : parts) {
            sb.append('/').append(part);
        }
        return sb.toString();
    }

    public String addresses() {
        return account("addresses");
    }

    public String address(String addressId) {
        return account("addresses", addressId);
    }

    public String importOrders() {
        return account("importTnOrders");
    }

    public String importOrderHistory(String orderId) {
        return account("importTnOrders", orderId, "history");
    }

    public String removeImported() {
        return account("removeImportedTnOrders");
    }

    public String externalTns() {
        return account("externalTns");
    }

    public String tnOptions() {
        return account("tnoptions");
    }

    public String orders() {
        return account("orders");
    }

    /** Orders of the wholesale account, which still lives on the old sandbox host. */
    public static String legacySandboxOrders(String legacyAccountId) {
        return new StringBuilder("https://api.test.inetwork.com")
                .append("/v1.0/accounts/")
                .append(legacyAccountId)
                .append("/orders")
                .toString();
    }

    public static String sipPeerTn(String siteId, String peerId, String tn) {
        return "/sites/%s/sippeers/%s/tns/%s".formatted(siteId, peerId, tn);
    }
}
