package io.kestrelvoice.numbering.provisioning.web;

import java.util.List;

import io.kestrelvoice.numbering.dashboard.api.E911AddressClient;
import io.kestrelvoice.numbering.dashboard.model.E911Address;
import io.kestrelvoice.numbering.provisioning.service.AddressBookClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customer service addresses. Registering one for E911 copies it to the Dashboard account.
 */
@RestController
@RequestMapping("/api/customers/{customerId}/addresses")
public class CustomerAddressController {

    private final AddressBookClient addressBook;
    private final E911AddressClient e911;

    public CustomerAddressController(AddressBookClient addressBook, E911AddressClient e911) {
        this.addressBook = addressBook;
        this.e911 = e911;
    }

    @GetMapping
    public List<E911Address> list(@PathVariable String customerId) {
        return addressBook.addressesOf(customerId);
    }

    @PostMapping("/{addressId}/e911")
    public String registerForE911(@PathVariable String customerId, @PathVariable String addressId) {
        E911Address address = addressBook.address(customerId, addressId);
        return e911.create(address);
    }
}
