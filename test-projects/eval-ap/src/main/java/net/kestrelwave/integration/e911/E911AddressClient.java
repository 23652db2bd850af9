package net.kestrelwave.integration.e911;

import java.net.URI;

import net.kestrelwave.integration.config.DashboardProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * E911 address management on the Dashboard.
 */
@Component
public class E911AddressClient {

    private static final Logger log = LoggerFactory.getLogger(E911AddressClient.class);

    private static final String SANDBOX_ADDRESSES = "https://test.dashboard.bandwidth.com/api/accounts/{accountId}/addresses";

    private final RestTemplate dashboardRestTemplate;
    private final DashboardProperties dashboard;

    public E911AddressClient(RestTemplate dashboardRestTemplate, DashboardProperties dashboard) {
        this.dashboardRestTemplate = dashboardRestTemplate;
        this.dashboard = dashboard;
    }

    public String listAddresses(int page) {
        URI uri = UriComponentsBuilder.fromHttpUrl(dashboard.getBaseUrl())
                .pathSegment("accounts", dashboard.getAccountId(), "addresses")
                .queryParam("page", page)
                .queryParam("size", 250)
                .build()
                .toUri();
        log.debug("Listing E911 addresses via {}/accounts/{}/addresses", dashboard.getBaseUrl(), dashboard.getAccountId());
        return dashboardRestTemplate.getForObject(uri, String.class);
    }

    public String getAddress(String addressId) {
        URI uri = UriComponentsBuilder.fromHttpUrl(dashboard.getBaseUrl())
                .path("/accounts/{accountId}/addresses/{addressId}")
                .buildAndExpand(dashboard.getAccountId(), addressId)
                .toUri();
        return dashboardRestTemplate.getForObject(uri, String.class);
    }

    public String createAddress(E911Address address) {
        String body = """
                <Address>
                  <HouseNumber>%s</HouseNumber>
                  <StreetName>%s</StreetName>
                  <AddressLine2>%s</AddressLine2>
                  <City>%s</City>
                  <StateCode>%s</StateCode>
                  <Zip>%s</Zip>
                  <Country>US</Country>
                </Address>
                """.formatted(address.houseNumber(), address.streetName(), address.addressLine2(),
                address.city(), address.stateCode(), address.zip5());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        return dashboardRestTemplate.postForObject(dashboard.getBaseUrl() + "/accounts/" + dashboard.getAccountId() + "/addresses",
                new HttpEntity<>(body, headers), String.class);
    }

    public String sandboxAddresses() {
        return dashboardRestTemplate.getForObject(SANDBOX_ADDRESSES, String.class, dashboard.getAccountId());
    }

    public String provisionTn(String tn, String addressId) {
        String body = """
                <E911Order>
                  <AddressId>%s</AddressId>
                  <TelephoneNumber>%s</TelephoneNumber>
                </E911Order>
                """.formatted(addressId, tn);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        return dashboardRestTemplate.postForObject(dashboard.getBaseUrl() + "/accounts/{accountId}/e911s",
                new HttpEntity<>(body, headers), String.class, dashboard.getAccountId());
    }
}
