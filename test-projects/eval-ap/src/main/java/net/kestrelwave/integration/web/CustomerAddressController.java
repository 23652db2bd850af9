package net.kestrelwave.integration.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import net.kestrelwave.integration.e911.E911Address;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customer-facing service addresses (portal "My locations" page). These are our customers'
 * accounts, not the Dashboard account.
 */
@RestController
@RequestMapping("/api/accounts/{accountId}/addresses")
public class CustomerAddressController {

    private final Map<String, List<E911Address>> byAccount = new ConcurrentHashMap<>();

    @GetMapping
    public List<E911Address> list(@PathVariable String accountId) {
        return byAccount.getOrDefault(accountId, List.of());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public E911Address add(@PathVariable String accountId, @RequestBody E911Address address) {
        byAccount.computeIfAbsent(accountId, k -> new CopyOnWriteArrayList<>()).add(address);
        return address;
    }
}
