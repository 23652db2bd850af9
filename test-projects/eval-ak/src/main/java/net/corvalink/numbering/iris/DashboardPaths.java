package net.corvalink.numbering.iris;

/**
 * Builds account-level Dashboard URLs. The base is whatever the config says,
 * e.g. {@code https://dashboard.bandwidth.com/api}.
 */
public final class DashboardPaths {

    private final String base;
    private final String accountId;

    public DashboardPaths(String base, String accountId) {
        this.base = base;
        this.accountId = accountId;
    }

    public static DashboardPaths production(String accountId) {
        return new DashboardPaths("https://dashboard.bandwidth.com/api", accountId);
    }

    private String account() {
        return base + "/accounts/" + accountId;
    }

    public String orders() {
        return account() + "/orders";
    }

    public String order(String orderId) {
        return orders() + "/" + orderId;
    }

    public String e911Addresses() {
        return base + "/accounts/" + accountId + "/addresses";
    }

    public String e911Address(String addressId) {
        return account() + "/addresses/" + addressId;
    }

    public String portIn(String orderId) {
        return account() + IrisEndpoints.PORTINS + "/" + orderId;
    }

    public String sipPeerTn(String siteId, String sipPeerId, String tn) {
        return account() + "/sites/" + siteId + "/sippeers/" + sipPeerId + "/tns/" + tn;
    }

    public String tn(String tn) {
        return base + "/tns/" + tn;
    }

    public String importTnOrderHistory(String orderId) {
        return account() + "/importTnOrders/" + orderId + "/history";
    }

    public String tnOptions() {
        return account() + IrisEndpoints.TN_OPTIONS;
    }
}
