package com.bluepinenet.cdrpipeline.web;

import java.util.List;

import com.bluepinenet.cdrpipeline.crm.CrmClient;
import com.bluepinenet.cdrpipeline.crm.CrmClient.ServiceAddress;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Service addresses of our customers, proxied from the CRM for the E911 review screen. */
@RestController
public class ServiceAddressController {

    private final CrmClient crm;

    public ServiceAddressController(CrmClient crm) {
        this.crm = crm;
    }

    @GetMapping("/api/accounts/{accountId}/addresses")
    public List<ServiceAddress> addresses(@PathVariable String accountId) {
        return crm.serviceAddresses(accountId);
    }

    @GetMapping("/api/accounts/{accountId}/addresses/{addressId}")
    public ServiceAddress address(@PathVariable String accountId, @PathVariable String addressId) {
        return crm.serviceAddress(accountId, addressId);
    }
}
