package com.kestrelvoice.numlife.dashboard;

import com.kestrelvoice.numlife.config.DashboardProperties;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Number search against the Dashboard. Responses are returned raw (XML) and parsed by the caller.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class AvailableNumberClient {

    @Qualifier("dashboard")
    private final RestClient dashboard;
    private final DashboardProperties properties;

    public String search(NumberSearchRequest request) {
        log.debug("Searching available numbers {}", request);
        return dashboard.get()
                .uri(uriBuilder -> uriBuilder
                        .path(DashboardPaths.AVAILABLE_NUMBERS)
                        .queryParam("areaCode", request.getAreaCode())
                        .queryParam("quantity", request.getQuantity())
                        .queryParam("enableTNDetail", request.isEnableTnDetail())
                        .build(accountId()))
                .retrieve()
                .body(String.class);
    }

    public String searchByRateCenter(String rateCenter, String state, int quantity) {
        return dashboard.get()
                .uri(uriBuilder -> uriBuilder
                        .path(DashboardPaths.AVAILABLE_NUMBERS)
                        .queryParam("rateCenter", rateCenter)
                        .queryParam("state", state)
                        .queryParam("quantity", quantity)
                        .build(accountId()))
                .retrieve()
                .body(String.class);
    }

    /** Used by the v2 canary profile, which already sends the country with every area code. */
    public String searchInCountry(String areaCode, int quantity) {
        return dashboard.get()
                .uri(uriBuilder -> uriBuilder
                        .path(DashboardPaths.AVAILABLE_NUMBERS)
                        .queryParam("countryCodeA3", properties.getDefaults().getCountryCodeA3())
                        .queryParam("areaCode", areaCode)
                        .queryParam("quantity", quantity)
                        .build(accountId()))
                .retrieve()
                .body(String.class);
    }

    public String npaNxx(String areaCode) {
        return dashboard.get()
                .uri(b -> b.path(DashboardPaths.AVAILABLE_NPA_NXX).queryParam("areaCode", areaCode).queryParam("quantity", 5).build(accountId()))
                .retrieve()
                .body(String.class);
    }

    public String searchVanity(String areaCode, String pattern) {
        DashboardRequest request = DashboardRequest.builder()
                .accountId(accountId())
                .segment("availableNumbers")
                .query("areaCode", areaCode)
                .query("localVanity", pattern)
                .query("quantity", 10)
                .build();
        log.debug("Vanity search {}", request.describe());
        return dashboard.get().uri(request::toUri).retrieve().body(String.class);
    }

    public String searchByZip(String zip) {
        DashboardRequest request = DashboardRequest.builder()
                .accountId(accountId())
                .segment("availableNumbers")
                .query("zip", zip)
                .query("quantity", properties.getDefaults().getSearchQuantity())
                .build();
        return dashboard.get().uri(request::toUri).retrieve().body(String.class);
    }

    private String accountId() {
        return properties.getApi().getAccountId();
    }
}
