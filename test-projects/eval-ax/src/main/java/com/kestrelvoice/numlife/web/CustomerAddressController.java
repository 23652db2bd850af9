package com.kestrelvoice.numlife.web;

import com.kestrelvoice.numlife.domain.E911AddressEntity;
import com.kestrelvoice.numlife.repo.E911AddressRepository;
import com.kestrelvoice.numlife.service.E911Service;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers/{customerId}/addresses")
@RequiredArgsConstructor
public class CustomerAddressController {

    private final E911AddressRepository addresses;
    private final E911Service e911;

    @GetMapping
    public List<E911AddressEntity> list(@PathVariable String customerId) {
        return addresses.findAll();
    }

    @PostMapping
    public String register(@PathVariable String customerId, @RequestBody E911AddressEntity address) {
        return e911.register(address);
    }

    @GetMapping("/{addressId}/callback-number")
    public String callbackNumber(@PathVariable String customerId, @PathVariable String addressId) {
        return e911.displayCallbackNumber(addressId);
    }
}
