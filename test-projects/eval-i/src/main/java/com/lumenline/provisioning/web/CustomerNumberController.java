package com.lumenline.provisioning.web;

import java.util.List;

import com.lumenline.provisioning.crm.CustomerCrmClient;
import com.lumenline.provisioning.service.NumberProvisioningService;
import com.lumenline.provisioning.store.ProvisionedNumberStore;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lumenline's own provisioning API, called by the customer portal.
 */
@RestController
@RequestMapping("/api/v1/customers/{customerId}")
public class CustomerNumberController {

    private final NumberProvisioningService provisioning;
    private final ProvisionedNumberStore store;
    private final CustomerCrmClient crm;

    public CustomerNumberController(NumberProvisioningService provisioning, ProvisionedNumberStore store,
                                    CustomerCrmClient crm) {
        this.provisioning = provisioning;
        this.store = store;
        this.crm = crm;
    }

    @GetMapping("/numbers")
    public List<ProvisionedNumberView> numbers(@PathVariable String customerId) {
        return store.forCustomer(customerId).stream().map(ProvisionedNumberView::of).toList();
    }

    @GetMapping("/numbers/search")
    public List<String> search(@PathVariable String customerId,
                               @RequestParam("areaCode") String areaCode,
                               @RequestParam(value = "quantity", defaultValue = "10") int quantity) {
        return provisioning.search(areaCode, quantity);
    }

    @PostMapping("/numbers/orders")
    public ResponseEntity<String> order(@PathVariable String customerId, @Valid @RequestBody NumberSearchRequest request) {
        String orderId = provisioning.orderInAreaCode(customerId, request.areaCode(), request.quantity());
        return ResponseEntity.accepted().body(orderId);
    }

    @PostMapping("/numbers/{tn}/claim")
    public ResponseEntity<String> claim(@PathVariable String customerId, @PathVariable String tn) {
        if (tn.length() != 10 || !tn.chars().allMatch(Character::isDigit)) {
            return ResponseEntity.badRequest().body("Enter the number as 10 digits");
        }
        return ResponseEntity.accepted().body(provisioning.orderSpecific(customerId, List.of(tn)));
    }

    @GetMapping("/addresses")
    public List<CustomerAddressDto> addresses(@PathVariable String customerId) {
        return crm.addresses(customerId);
    }
}
