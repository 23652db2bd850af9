package com.acme.provisioning.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Our own REST API for the customer portal: its /api/accounts/.../addresses is ours, not Bandwidth's. */
@RestController
public class CustomerAddressController {
    @GetMapping("/api/accounts/{accountId}/addresses")
    public List<String> addresses(@PathVariable String accountId) {
        return List.of("100 Main St, Raleigh NC");
    }

    @GetMapping("/api/accounts/{accountId}/numbers")
    public List<String> numbers(@PathVariable String accountId, @RequestParam("areaCode") String areaCode) {
        return List.of(areaCode + "5550100");
    }
}
