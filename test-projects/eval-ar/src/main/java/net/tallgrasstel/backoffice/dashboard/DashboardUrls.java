package net.tallgrasstel.backoffice.dashboard;

import net.tallgrasstel.backoffice.common.PathFragments;

/** Small helpers for the places that still build Dashboard URLs by hand. */
public final class DashboardUrls {

    private DashboardUrls() {
    }

    /** Path under the account as the SDK would build it, for raw IrisClient calls. */
    public static String sdkAccountPath(String accountId, String suffix) {
        return PathFragments.ACCOUNTS_V1 + accountId + "/" + suffix;
    }

    public static String e911AddressesUrl(String base, String accountId) {
        return base + "/accounts/" + accountId + "/addresses";
    }

    public static String e911AddressUrl(String base, String accountId, String addressId) {
        return String.format("%s/accounts/%s/addresses/%s", base, accountId, addressId);
    }

    public static String externalTnsUrl(String base, String accountId) {
        return base + "/accounts/" + accountId + "/externalTns";
    }

    public static String tnUrl(String base, String tn) {
        return base + PathFragments.TNS + tn;
    }

    public static String sipPeerTnUrl(String base, String accountId, String siteId, String peerId, String tn) {
        return base + "/accounts/" + accountId + PathFragments.SITES + siteId + PathFragments.SIPPEERS + peerId
                + PathFragments.TNS + tn;
    }

    /** Staging orders as the porting desk scripts post them. */
    public static String stagingOrdersUrl(String accountId) {
        return "https://api.test.inetwork.com/v1.0/accounts/" + accountId + "/orders";
    }
}
