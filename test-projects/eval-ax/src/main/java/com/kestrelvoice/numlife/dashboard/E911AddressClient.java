package com.kestrelvoice.numlife.dashboard;

import com.kestrelvoice.numlife.config.DashboardProperties;
import com.kestrelvoice.numlife.dto.E911AddressDto;
import java.net.URI;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * E911 service addresses registered with the Dashboard. Every number we activate must point at
 * one of them.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class E911AddressClient {

    @Qualifier("dashboard")
    private final RestClient dashboard;
    private final DashboardProperties properties;

    public String listAll() {
        String url = String.format("%s/accounts/%s/addresses", properties.getApi().getBaseUrl(), accountId());
        return dashboard.get().uri(URI.create(url)).retrieve().body(String.class);
    }

    public E911AddressDto get(String addressId) {
        return dashboard.get()
                .uri(b -> b.path("/accounts/{accountId}/addresses/{addressId}").build(accountId(), addressId))
                .retrieve()
                .body(E911AddressDto.class);
    }

    public String create(E911AddressDto address) {
        ResponseEntity<Void> response = dashboard.post()
                .uri(DashboardPaths.E911_ADDRESSES, accountId())
                .body(address)
                .retrieve()
                .toBodilessEntity();
        URI location = response.getHeaders().getLocation();
        log.info("Created E911 address at {}", location);
        return location == null ? null : location.getPath().substring(location.getPath().lastIndexOf('/') + 1);
    }

    public void delete(String addressId) {
        StringBuilder path = new StringBuilder();
        path.append("/accounts/").append(accountId()).append("/addresses/").append(addressId);
        dashboard.delete().uri(path.toString()).retrieve().toBodilessEntity();
    }

    public String suggestions(String addressId) {
        E911AddressRequest request = E911AddressRequest.builder()
                .accountId(accountId())
                .addressId(addressId)
                .suggestions(true)
                .build();
        return dashboard.get().uri(request.toPath()).retrieve().body(String.class);
    }

    public String searchByZip(String zip) {
        return dashboard.get()
                .uri(b -> b.pathSegment("accounts", accountId(), "addresses").queryParam("zip", zip).build())
                .retrieve()
                .body(String.class);
    }

    public String page(int page) {
        DashboardRequest request = DashboardRequest.builder()
                .accountId(accountId())
                .segment("addresses")
                .query("page", page)
                .query("size", 100)
                .build();
        return dashboard.get().uri(request::toUri).retrieve().body(String.class);
    }

    /** First page, path from kestrel.dashboard.paths.e911. */
    public String firstPage() {
        return dashboard.get().uri(properties.getPaths().getE911(), accountId()).retrieve().body(String.class);
    }

    /** Same listing on the v2 route, exercised by the canary profile. */
    public String listAllV2() {
        return dashboard.get()
                .uri(URI.create(DashboardPaths.V2_BASE + "/accounts/" + accountId() + "/e911Addresses"))
                .retrieve()
                .body(String.class);
    }

    private String accountId() {
        return properties.getApi().getAccountId();
    }
}
