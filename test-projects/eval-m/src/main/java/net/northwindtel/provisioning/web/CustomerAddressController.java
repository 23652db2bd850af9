package net.northwindtel.provisioning.web;

import lombok.RequiredArgsConstructor;
import net.northwindtel.provisioning.client.feign.BillingFeignClient;
import net.northwindtel.provisioning.service.E911AddressService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Our own customer address endpoints ({@code /api/customers/{customerId}/addresses}).
 */
@RestController
@RequestMapping("/api/customers/{customerId}")
@RequiredArgsConstructor
public class CustomerAddressController {

    private final BillingFeignClient billingFeignClient;
    private final E911AddressService e911AddressService;

    @GetMapping("/addresses")
    public List<BillingFeignClient.BillingAddress> addresses(@PathVariable String customerId) {
        return billingFeignClient.billingAddresses(customerId);
    }

    @GetMapping("/addresses/e911-gaps")
    public List<String> e911Gaps(@PathVariable String customerId) {
        return e911AddressService.auditAgainstBilling(customerId);
    }
}
