package net.tidewatertel.provisioning.http;

/**
 * Builds account-relative Dashboard paths so the services do not each
 * concatenate their own. Paths are relative to {@link DashboardHttpClient#getBaseUrl()}.
 */
public class DashboardPaths {

    private final String accountId;

    public DashboardPaths(String accountId) {
        this.accountId = accountId;
    }

    public String getAccountId() {
        return accountId;
    }

    public String account(String suffix) {
        return "/accounts/" + accountId + "/" + suffix;
    }

    public String orders() {
        return account("orders");
    }

    public String order(String orderId) {
        return account("orders/" + orderId);
    }

    public String availableNumbers() {
        return account("availableNumbers");
    }

    public String inserviceNumbers() {
        return account("inserviceNumbers");
    }

    public String e911Addresses() {
        return account("addresses");
    }

    public String e911Address(String addressId) {
        return account("addresses/" + addressId);
    }

    public String importTnOrders() {
        return account("importTnOrders");
    }

    public String importTnOrderHistory(String orderId) {
        return account("importTnOrders/" + orderId + "/history");
    }

    public String removeImportedTnOrders() {
        return account("removeImportedTnOrders");
    }

    public String importTnChecker() {
        return account("importTnChecker");
    }

    public String externalTns() {
        return account("externalTns");
    }

    public String sipPeerTns(String siteId, String sipPeerId) {
        return account("sites/" + siteId + "/sippeers/" + sipPeerId + "/tns");
    }

    public String sipPeerTn(String siteId, String sipPeerId, String tn) {
        return sipPeerTns(siteId, sipPeerId) + "/" + tn;
    }

    public String tnOptions() {
        return account("tnoptions");
    }

    public String subscriptions() {
        return account("subscriptions");
    }

    public String reportInstances(String reportId) {
        return account("reports/" + reportId + "/instances");
    }

    public String reportInstanceFile(String reportId, String instanceId) {
        return reportInstances(reportId) + "/" + instanceId + "/file";
    }
}
