package com.lumenline.provisioning.crm;

import java.util.Arrays;
import java.util.List;

import com.lumenline.provisioning.config.PartnerProperties;
import com.lumenline.provisioning.web.CustomerAddressDto;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Lumenline CRM (internal). A CRM "account" is a Lumenline customer, unrelated to the
 * Dashboard account.
 */
@Component
public class CustomerCrmClient {

    private final RestTemplate restTemplate;
    private final PartnerProperties partners;

    public CustomerCrmClient(@Qualifier("plainRestTemplate") RestTemplate restTemplate, PartnerProperties partners) {
        this.restTemplate = restTemplate;
        this.partners = partners;
    }

    public List<CustomerAddressDto> addresses(String customerId) {
        String url = UriComponentsBuilder.fromHttpUrl(partners.crmBaseUrl())
                .path("/api/accounts/{crmAccountId}/addresses")
                .queryParam("type", "service")
                .buildAndExpand(customerId)
                .toUriString();
        CustomerAddressDto[] body = restTemplate.getForObject(url, CustomerAddressDto[].class);
        return body == null ? List.of() : Arrays.asList(body);
    }

    public CustomerAddressDto address(String customerId, String addressId) {
        return restTemplate.getForObject("https://crm.lumenline.internal/api/accounts/{crmAccountId}/addresses/{addressId}",
                CustomerAddressDto.class, customerId, addressId);
    }

    /** Customers in a region, for the area-code based sales reports. */
    public String customersInAreaCode(int areaCode) {
        return restTemplate.getForObject(partners.crmBaseUrl() + "/api/customers?areaCode={areaCode}",
                String.class, areaCode);
    }
}
