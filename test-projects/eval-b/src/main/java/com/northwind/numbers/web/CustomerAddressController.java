package com.northwind.numbers.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.northwind.numbers.domain.CustomerProfile;

/**
 * Our customers' service addresses (own API; E911 provisioning happens later in E911AddressClient).
 */
@RestController
@RequestMapping("/api/v1/accounts/{accountId}")
public class CustomerAddressController {

    private final Map<String, List<CustomerProfile.ServiceAddress>> addresses = new ConcurrentHashMap<>();

    @GetMapping("/addresses")
    public List<CustomerProfile.ServiceAddress> list(@PathVariable String accountId) {
        return addresses.getOrDefault(accountId, List.of());
    }

    @PostMapping("/addresses")
    public CustomerProfile.ServiceAddress add(@PathVariable String accountId,
                                              @RequestBody CustomerProfile.ServiceAddress address) {
        addresses.computeIfAbsent(accountId, k -> new CopyOnWriteArrayList<>()).add(address);
        return address;
    }
}
