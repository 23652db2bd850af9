package net.kestreltel.numgate.e911;

import net.kestreltel.numgate.e911.CrmAddressClient.CustomerAddress;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** Portal endpoints for a customer's service addresses. */
@RestController
@RequestMapping("/api/customers/{customerId}/addresses")
public class CustomerAddressController {

    private final CrmAddressClient crm;
    private final E911Service e911;

    public CustomerAddressController(CrmAddressClient crm, E911Service e911) {
        this.crm = crm;
        this.e911 = e911;
    }

    @GetMapping
    public Flux<CustomerAddress> list(@PathVariable String customerId) {
        return crm.addressesOf(customerId);
    }

    @PostMapping("/e911-sync")
    public Flux<String> syncE911(@PathVariable String customerId) {
        return e911.syncCustomer(customerId);
    }
}
