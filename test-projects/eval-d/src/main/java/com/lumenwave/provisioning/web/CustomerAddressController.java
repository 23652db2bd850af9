package com.lumenwave.provisioning.web;

import com.lumenwave.provisioning.domain.CustomerAddress;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Service addresses of Lumenwave customer accounts (our accounts, not Bandwidth's).
 */
@RestController
@RequestMapping("/api/accounts/{accountId}/addresses")
public class CustomerAddressController {

    private final Map<String, List<CustomerAddress>> addresses = new ConcurrentHashMap<>();

    @GetMapping
    public List<CustomerAddress> list(@PathVariable String accountId) {
        return addresses.getOrDefault(accountId, List.of());
    }

    @PostMapping
    public ResponseEntity<CustomerAddress> create(@PathVariable String accountId,
                                                  @RequestBody CustomerAddress address,
                                                  UriComponentsBuilder uriBuilder) {
        CustomerAddress saved = new CustomerAddress(UUID.randomUUID().toString(), accountId, address.line1(),
                address.city(), address.state(), address.zip());
        addresses.computeIfAbsent(accountId, k -> new CopyOnWriteArrayList<>()).add(saved);
        return ResponseEntity.created(uriBuilder.path("/api/accounts/{accountId}/addresses/{id}")
                .buildAndExpand(accountId, saved.id()).toUri()).body(saved);
    }
}
