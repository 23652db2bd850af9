package com.northwind.numbers.iris;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * E911 address validation and provisioning against the Dashboard API.
 */
@Service
public class E911AddressClient {

    private static final Logger log = LoggerFactory.getLogger(E911AddressClient.class);

    private final RestTemplate restTemplate;
    private final String accountId;
    private final String irisBase;

    public E911AddressClient(@Qualifier("irisRestTemplate") RestTemplate restTemplate,
                             @Value("${iris.account-id}") String accountId,
                             @Value("${iris.base-url}") String irisBase) {
        this.restTemplate = restTemplate;
        this.accountId = accountId;
        this.irisBase = irisBase;
    }

    /** Lists the E911 addresses registered on the account. */
    public String listAddresses() {
        String url = IrisPaths.IRIS_HOST + IrisPaths.ACCOUNTS + accountId + IrisPaths.E911_ADDRESSES;
        log.debug("GET {}", url);
        return restTemplate.getForObject(url, String.class);
    }

    public String getAddress(String addressId) {
        URI uri = UriComponentsBuilder.fromHttpUrl(irisBase)
                .path("/accounts/{accountId}/addresses/{addressId}")
                .buildAndExpand(accountId, addressId)
                .toUri();
        return restTemplate.getForObject(uri, String.class);
    }

    public String createAddress(String addressXml) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        String url = irisBase + "/accounts/" + accountId + "/addresses";
        return restTemplate.postForObject(url, new HttpEntity<>(addressXml, headers), String.class);
    }

    public void deleteAddress(String addressId) {
        log.info("Deleting E911 address {} (was GET https://dashboard.bandwidth.com/api/accounts/{}/addresses/{})",
                addressId, accountId, addressId);
        restTemplate.delete(String.format("%s/accounts/%s/addresses/%s", irisBase, accountId, addressId));
    }

    public String listAddressesPage(int page) {
        URI uri = UriComponentsBuilder.fromHttpUrl(irisBase)
                .pathSegment("accounts", accountId, "addresses")
                .queryParam("page", page)
                .queryParam("size", IrisConstants.MAX_PAGE_SIZE)
                .build(true)
                .toUri();
        return restTemplate.getForObject(uri, String.class);
    }
}
