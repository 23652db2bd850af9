package com.northwind.numbers.crm;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * Billing and service addresses from the partner CRM (not Bandwidth).
 */
@Component
public class CrmAddressClient {

    private final RestTemplate rest = new RestTemplate();
    private final String crmBase;

    public CrmAddressClient(@Value("${crm.base-url:https://crm.northwind-partners.example/api}") String crmBase) {
        this.crmBase = crmBase;
    }

    public String serviceAddresses(String crmAccountId) {
        return rest.getForObject(crmBase + "/accounts/" + crmAccountId + "/addresses", String.class);
    }

    public String serviceAddress(String crmAccountId, String addressId) {
        return rest.getForObject("https://crm.northwind-partners.example/api/accounts/{id}/addresses/{addressId}",
                String.class, crmAccountId, addressId);
    }

    public String customersInAreaCode(String areaCode) {
        return rest.getForObject(crmBase + "/customers?areaCode=" + areaCode + "&status=active", String.class);
    }
}
