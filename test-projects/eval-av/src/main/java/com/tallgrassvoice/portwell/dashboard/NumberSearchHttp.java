package com.tallgrassvoice.portwell.dashboard;

import java.net.URI;
import java.util.List;
import javax.ws.rs.core.UriBuilder;

/** Number searches with plain HTTP; the SDK's search drops the rate center details we show. */
public class NumberSearchHttp {

    private final DashboardHttp http;

    public NumberSearchHttp(DashboardHttp http) {
        this.http = http;
    }

    public String available(String areaCode, int quantity) {
        String path = http.accountPath("availableNumbers") + "?areaCode=" + areaCode + "&quantity=" + quantity;
        return http.get(path).body();
    }

    public String inService(String areaCode, int pageSize) {
        String path = String.format("/accounts/%s/inserviceNumbers?areacode=%s&page=1&size=%d",
                http.accountId(), areaCode, pageSize);
        return http.get(path).body();
    }

    public URI availableNpaNxxUri(String areaCode) {
        return UriBuilder.fromUri(http.baseUrl())
                .path("accounts")
                .path(http.accountId())
                .path("availableNpaNxx")
                .queryParam("areaCode", areaCode)
                .build();
    }

    public String availableWithDetails(String countryCodeA3, String areaCode, int quantity) {
        String path = http.accountPath("availableNumbers") + "?countryCodeA3=" + countryCodeA3
                + "&areaCode=" + areaCode + "&quantity=" + quantity + "&enableTNDetail=true";
        return http.get(path).body();
    }

    public String availableInAny(List<String> areaCodes, int quantity) {
        StringBuilder query = new StringBuilder(http.accountPath("availableNumbers")).append('?');
        for (String areaCode : areaCodes) {
            query.append("areaCode=").append(areaCode).append('&');
        }
        query.append("quantity=").append(quantity);
        return http.get(query.toString()).body();
    }

    public String byZip(String zip, int quantity) {
        return http.get(http.accountPath("availableNumbers") + "?zip=" + zip + "&quantity=" + quantity).body();
    }
}
