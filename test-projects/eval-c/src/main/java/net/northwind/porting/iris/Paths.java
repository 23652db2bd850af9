package net.northwind.porting.iris;

import java.text.MessageFormat;

/**
 * Static helpers that build request paths for the raw HTTP jobs. Results are relative to
 * {@code AppConfig#apiBase()} unless the method says otherwise.
 */
public final class Paths {

    private Paths() {
    }

    /** Absolute account URL on the production Dashboard host. */
    public static String accountBase(String accountId) {
        return IrisConstants.DASHBOARD_HOST + IrisConstants.ACCOUNTS_ROOT + accountId;
    }

    public static String e911Addresses(String accountId) {
        return "/accounts/" + accountId + "/addresses";
    }

    public static String e911Address(String accountId, String addressId) {
        return String.format("/accounts/%s/addresses/%s", accountId, addressId);
    }

    /** Absolute variant used by the reconciliation report (base comes from the caller). */
    public static String e911AddressesUrl(String base, String accountId) {
        return MessageFormat.format("{0}/accounts/{1}/addresses", base, accountId);
    }

    public static String importTnOrders(String accountId) {
        return accountBase(accountId) + "/importTnOrders";
    }

    public static String importTnOrderHistory(String accountId, String orderId) {
        return "/accounts/%s/importTnOrders/%s/history".formatted(accountId, orderId);
    }

    /** Removal orders still go through the old host for the reconcile profile. */
    public static String removeImportedTnOrders(String accountId) {
        return new StringBuilder(IrisConstants.LEGACY_API_BASE)
                .append("/accounts/")
                .append(accountId)
                .append("/removeImportedTnOrders")
                .toString();
    }

    public static String externalTns(String accountId, String siteId, String peerId) {
        return String.join("/", "", "accounts", accountId, "sites", siteId, "sippeers", peerId, "externalTns");
    }

    public static String sipPeerTn(String accountId, String siteId, String peerId, String tn) {
        return "/accounts/" + accountId + "/sites/" + siteId + "/sippeers/" + peerId + "/tns/" + tn;
    }

    public static String tnOptions(String accountId) {
        return "/accounts/" + accountId + "/tnoptions";
    }

    public static String tnDetails(String tn) {
        return "/tns/" + tn + "/tndetails";
    }

    public static String reportInstances(String accountId, String reportId) {
        return "/accounts/" + accountId + "/reports/" + reportId + "/instances";
    }
}
