package net.lumivox.numbering.iris;

/**
 * Builds absolute Dashboard URLs for one account.
 */
public final class IrisPaths {

    private final String baseUrl;
    private final String accountId;

    public IrisPaths(String baseUrl, String accountId) {
        this.baseUrl = baseUrl;
        this.accountId = accountId;
    }

    public static IrisPaths production(String accountId) {
        return new IrisPaths(IrisEndpoints.PRODUCTION, accountId);
    }

    public String account() {
        return baseUrl + IrisEndpoints.ACCOUNTS + accountId;
    }

    public String addresses() {
        return account() + IrisEndpoints.ADDRESSES;
    }

    public String address(String addressId) {
        return account() + "/addresses/" + addressId;
    }

    public String e911Address(String addressId) {
        return account() + IrisEndpoints.E911_ADDRESSES + "/" + addressId;
    }

    public String importTnOrderHistory(String orderId) {
        return String.format("%s/importTnOrders/%s/history", account(), orderId);
    }

    public String externalTnsOrder(String orderId) {
        return account() + IrisEndpoints.EXTERNAL_TNS + "/" + orderId;
    }

    public String importTnChecker() {
        return account() + IrisEndpoints.IMPORT_TN_CHECKER;
    }

    public String sipPeerTns(String siteId, String peerId) {
        return "%s/sites/%s/sippeers/%s/tns".formatted(account(), siteId, peerId);
    }

    public String tnOptions() {
        return account() + IrisEndpoints.TN_OPTIONS;
    }

    public String tn(String telephoneNumber) {
        return baseUrl + "/tns/" + telephoneNumber;
    }
}
