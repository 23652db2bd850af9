package io.kestrelvoice.numbering.provisioning.service;

import java.util.Arrays;
import java.util.List;

import io.kestrelvoice.numbering.dashboard.model.E911Address;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * Our CRM's address book service.
 */
@Component
public class AddressBookClient {

    private final RestTemplate restTemplate;
    private final String baseUrl;
    private final String billingUrl;

    public AddressBookClient(RestTemplateBuilder builder,
                             @Value("${kestrel.crm.address-book-url:http://address-book.crm.svc.cluster.local:8080}") String baseUrl,
                             @Value("${kestrel.crm.billing-url:http://billing.crm.svc.cluster.local:8080}") String billingUrl) {
        this.restTemplate = builder.build();
        this.baseUrl = baseUrl;
        this.billingUrl = billingUrl;
    }

    public List<E911Address> addressesOf(String customerId) {
        E911Address[] addresses = restTemplate.getForObject(baseUrl + "/api/customers/{id}/addresses", E911Address[].class, customerId);
        return addresses == null ? List.of() : Arrays.asList(addresses);
    }

    public E911Address address(String customerId, String addressId) {
        return restTemplate.getForObject(baseUrl + "/api/customers/" + customerId + "/addresses/" + addressId, E911Address.class);
    }

    /** Billing keeps its own copy; used to pre-fill the E911 form. */
    public List<E911Address> billingAddresses(String billingAccountId) {
        E911Address[] addresses = restTemplate.getForObject(billingUrl + "/v1/accounts/" + billingAccountId + "/addresses", E911Address[].class);
        return addresses == null ? List.of() : Arrays.asList(addresses);
    }
}
