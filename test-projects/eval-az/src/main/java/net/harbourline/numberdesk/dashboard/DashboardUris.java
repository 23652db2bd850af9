package net.harbourline.numberdesk.dashboard;

import jakarta.ws.rs.core.UriBuilder;
import net.harbourline.numberdesk.config.DashboardEndpoints;

import java.net.URI;
import java.text.MessageFormat;
import java.util.Map;
import java.util.StringJoiner;

/** Helpers that build Dashboard URLs for the support console and the batch jobs. */
public final class DashboardUris {

    private DashboardUris() {
    }

    public static String accountBase(String accountId) {
        return DashboardEndpoints.PRODUCTION + DashboardEndpoints.ACCOUNTS + accountId;
    }

    public static String e911Address(String accountId, String addressId) {
        return accountBase(accountId) + DashboardEndpoints.E911_ADDRESSES + "/" + addressId;
    }

    public static String e911Addresses(String base, String accountId) {
        return String.format("%s/accounts/%s/addresses", base, accountId);
    }

    public static String importOrderHistory(String accountId, String orderId) {
        return accountBase(accountId) + DashboardEndpoints.IMPORT_TN_ORDERS + "/" + orderId + "/history";
    }

    // {base}/accounts/{id}/importTnOrders/{orderId}, for the "open in Dashboard" link of the console
    public static String importOrder(String base, String accountId, String orderId) {
        return MessageFormat.format("{0}/accounts/{1}/importTnOrders/{2}", base, accountId, orderId);
    }

    public static String removeImportedOrder(String base, String accountId, String orderId) {
        return "%s/accounts/%s/removeImportedTnOrders/%s".formatted(base, accountId, orderId);
    }

    public static URI externalTns(String base, String accountId) {
        return UriBuilder.fromUri(base)
                .path("accounts/{accountId}/externalTns")
                .build(accountId);
    }

    public static URI sandboxInservice(String accountId, String areaCode) {
        return UriBuilder.fromUri("https://test.dashboard.bandwidth.com/api/")
                .path("accounts")
                .path(accountId)
                .path("inserviceNumbers")
                .queryParam("areaCode", areaCode)
                .build();
    }

    public static String sipPeerTn(String base, String accountId, String siteId, String peerId, String tn) {
        return base + "/accounts/" + accountId + "/sites/" + siteId + "/sippeers/" + peerId + "/tns/" + tn;
    }

    public static String tnDetails(String accountId, String tn) {
        StringBuilder sb = new StringBuilder(DashboardEndpoints.PRODUCTION);
        sb.append("/accounts/").append(accountId)
                .append("/tns/").append(tn)
                .append("/tndetails");
        return sb.toString();
    }

    /** Appends a query string; values are expected to be URL safe already. */
    public static String withQuery(String url, Map<String, String> params) {
        StringJoiner joiner = new StringJoiner("&", "?", "");
        params.forEach((k, v) -> joiner.add(k + "=" + v));
        return url + joiner;
    }

    public static String inserviceByAreaCode(String accountId, String npa) {
        return withQuery(accountBase(accountId) + DashboardEndpoints.IN_SERVICE_NUMBERS,
                Map.of("areaCode", npa, "size", "500"));
    }

    public static String availableInCountry(String base, String accountId, String npa) {
        return base + "/accounts/" + accountId + "/availableNumbers?countryCodeA3=USA&areaCode=" + npa;
    }

    public static String tollFreeSearch(String base, String accountId, String mask) {
        return base + "/accounts/" + accountId + "/availableNumbers?tollFreeWildCardPattern=" + mask + "&quantity=25";
    }
}
