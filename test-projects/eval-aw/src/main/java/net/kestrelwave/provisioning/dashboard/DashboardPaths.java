package net.kestrelwave.provisioning.dashboard;

/**
 * Path helpers for the calls that don't go through {@link DashboardRequest} (the ops jobs and the
 * legacy lab account build URLs by hand).
 */
public final class DashboardPaths {

    /** Prepared for the E911 move; nothing uses it yet. */
    public static final String E911_ADDRESSES_NEXT = "e911Addresses";

    private DashboardPaths() {
    }

    public static String e911Addresses(String accountId) {
        return "/accounts/" + accountId + "/addresses";
    }

    public static String e911Address(String accountId, String addressId) {
        return String.format("/accounts/%s/addresses/%s", accountId, addressId);
    }

    public static String importTnOrders(String accountId) {
        return "/accounts/%s/importTnOrders".formatted(accountId);
    }

    public static String removeImportedTnOrder(String accountId, String orderId) {
        return new StringBuilder("/accounts/")
                .append(accountId)
                .append("/removeImportedTnOrders/")
                .append(orderId)
                .toString();
    }

    public static String externalTns(String accountId) {
        return "/accounts/" + accountId + "/externalTns";
    }

    public static String importTnChecker(String accountId) {
        return "/accounts/" + accountId + "/importTnChecker";
    }

    /** The lab account still lives on the inetwork host, which wants the version in the path. */
    public static String legacyOrders(String accountId) {
        return "/v1.0/accounts/" + accountId + "/orders";
    }

    public static String tnDetails(String telephoneNumber) {
        return "/tns/" + telephoneNumber + "/tndetails";
    }

    public static String sipPeerTns(String accountId, String siteId, String sipPeerId) {
        return String.join("/", "", "accounts", accountId, "sites", siteId, "sippeers", sipPeerId, "tns");
    }
}
