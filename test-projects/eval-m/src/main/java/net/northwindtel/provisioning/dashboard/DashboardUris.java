package net.northwindtel.provisioning.dashboard;

import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;

/**
 * Small helpers that build Dashboard request paths for the hand-written (non-declarative) callers.
 */
public final class DashboardUris {

    private DashboardUris() {
    }

    public static String e911AddressPath(String accountId, String addressId) {
        return String.format("/accounts/%s/addresses/%s", accountId, addressId);
    }

    public static String availableNumbersByAreaCode(String accountId, String areaCode, int quantity) {
        return "/accounts/" + accountId + "/availableNumbers?areaCode=" + areaCode
                + "&quantity=" + quantity + "&enableTNDetail=true";
    }

    public static URI availableNumbersByRateCenter(String baseUrl, String accountId, String areaCode, String rateCenter) {
        return UriComponentsBuilder.fromHttpUrl(baseUrl)
                .pathSegment("accounts", accountId, "availableNumbers")
                .queryParam("areaCode", areaCode)
                .queryParam("rateCenter", rateCenter)
                .build()
                .toUri();
    }

    public static URI removeImportedTnOrders(String baseUrl, String accountId) {
        return UriComponentsBuilder.fromHttpUrl(baseUrl)
                .pathSegment("accounts", accountId, "removeImportedTnOrders")
                .build()
                .toUri();
    }

    public static URI tnOptionOrder(String baseUrl, String accountId, String orderId) {
        return UriComponentsBuilder.fromHttpUrl(baseUrl)
                .pathSegment("accounts", accountId, "tnoptions", orderId)
                .build()
                .toUri();
    }
}
