package com.lumenline.provisioning.dashboard;

import java.util.List;

import com.lumenline.provisioning.constants.DashboardPaths;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * E911 service addresses registered on the Dashboard account.
 */
@Component
public class E911AddressClient {

    private static final Logger log = LoggerFactory.getLogger(E911AddressClient.class);

    private final RestTemplate restTemplate;
    private final String irisBase;
    private final String accountId;

    public E911AddressClient(@Qualifier("plainRestTemplate") RestTemplate restTemplate,
                             @Value("${iris.api.base:https://dashboard.bandwidth.com/api}") String irisBase,
                             @Value("${lumenline.dashboard.account-id}") String accountId) {
        this.restTemplate = restTemplate;
        this.irisBase = irisBase;
        this.accountId = accountId;
    }

    public List<E911AddressDto> listAddresses(String zip) {
        String url = UriComponentsBuilder.fromHttpUrl(irisBase)
                .pathSegment("accounts", accountId, "addresses")
                .queryParam("zip", zip)
                .queryParam("page", 1)
                .queryParam("size", 500)
                .toUriString();
        E911AddressDto.AddressList list = restTemplate.getForObject(url, E911AddressDto.AddressList.class);
        return list == null || list.addresses() == null ? List.of() : list.addresses();
    }

    public E911AddressDto getAddress(String addressId) {
        String url = UriComponentsBuilder.fromHttpUrl(irisBase)
                .pathSegment("accounts", accountId, "addresses", addressId)
                .toUriString();
        return restTemplate.getForObject(url, E911AddressDto.class);
    }

    public void deleteAddress(String addressId) {
        log.info("Deleting E911 address {} (GET {}/accounts/{}/addresses/{} to inspect it first)",
                addressId, irisBase, accountId, addressId);
        restTemplate.delete(UriComponentsBuilder.fromHttpUrl(irisBase)
                .path("/accounts/{accountId}/addresses/{addressId}")
                .buildAndExpand(accountId, addressId)
                .toUri());
    }

    public String createAddress(String addressXml) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        var uri = UriComponentsBuilder.fromHttpUrl(irisBase)
                .path(DashboardPaths.E911_ADDRESSES)
                .buildAndExpand(accountId)
                .toUri();
        return restTemplate.postForLocation(uri, new HttpEntity<>(addressXml, headers)).getPath();
    }
}
