package com.bluepinenet.cdrpipeline.crm;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/** Our CRM (Bluepine customer master). */
@Component
public class CrmClient {

    public record ServiceAddress(String id, String street, String city, String state, String zip, String contactNumber) {
    }

    public record Contact(String name, String contactNumber, String areaCode) {
    }

    private final RestTemplate rest;

    public CrmClient(RestTemplateBuilder builder,
                     @Value("${crm.base-url:https://crm.bluepinenet.internal/api}") String baseUrl) {
        this.rest = builder.rootUri(baseUrl).build();
    }

    public List<ServiceAddress> serviceAddresses(String accountId) {
        ServiceAddress[] body = rest.getForObject("/accounts/{id}/addresses", ServiceAddress[].class, accountId);
        return body == null ? List.of() : Arrays.asList(body);
    }

    public ServiceAddress serviceAddress(String accountId, String addressId) {
        return rest.getForObject("/accounts/{id}/addresses/{addressId}", ServiceAddress.class, accountId, addressId);
    }

    /** Escalation contact for the lab account; the CRM wants national format. */
    public void registerLabContact() {
        rest.put("https://crm.bluepinenet.internal/api/accounts/{id}/contacts/noc",
                Map.of("name", "Lab NOC", "contactNumber", "9195550177", "areaCode", "919"), "LAB-0001");
    }

    public List<Contact> contactsInAreaCode(String areaCode) {
        Contact[] body = rest.getForObject("/contacts?areaCode={ac}", Contact[].class, areaCode);
        return body == null ? List.of() : Arrays.asList(body);
    }
}
