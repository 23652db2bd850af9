package net.tidewatertel.numbering.web;

import java.util.List;
import java.util.Map;

import net.tidewatertel.numbering.domain.PhoneNumber;
import net.tidewatertel.numbering.domain.PhoneNumberRepository;
import net.tidewatertel.numbering.orders.HostedImportRequest;
import net.tidewatertel.numbering.orders.ProvisioningService;

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
 * JSON API used by the customer self-care portal (our own API, versionless by design).
 */
@RestController
@RequestMapping("/api/accounts/{accountId}")
public class CustomerAccountController {

    private final PhoneNumberRepository numbers;
    private final ProvisioningService provisioning;
    private final CustomerAddressBook addressBook;

    public CustomerAccountController(PhoneNumberRepository numbers, ProvisioningService provisioning,
                                     CustomerAddressBook addressBook) {
        this.numbers = numbers;
        this.provisioning = provisioning;
        this.addressBook = addressBook;
    }

    @GetMapping("/numbers")
    public List<Map<String, Object>> numbers(@PathVariable String accountId) {
        return numbers.findAll().stream()
                .filter(n -> accountId.equals(n.getCustomerAccount()))
                .map(CustomerAccountController::toJson)
                .toList();
    }

    @PostMapping("/numbers")
    public List<String> order(@PathVariable String accountId,
                              @RequestParam("areaCode") String areaCode,
                              @RequestParam(name = "quantity", defaultValue = "1") int quantity) {
        return provisioning.provision(accountId, areaCode, quantity);
    }

    /** Service addresses the customer keeps with us (billing, shipping, E911 candidates). */
    @GetMapping("/addresses")
    public List<CustomerAddressBook.Address> addresses(@PathVariable String accountId) {
        return addressBook.forAccount(accountId);
    }

    @PostMapping("/hosted-messaging")
    public ResponseEntity<String> hostedMessaging(@PathVariable String accountId,
                                                  @Valid @RequestBody HostedImportRequest request) {
        return ResponseEntity.accepted().body(provisioning.enableHostedMessaging(request));
    }

    private static Map<String, Object> toJson(PhoneNumber n) {
        return Map.of(
                "tn", n.getTn(),
                "areaCode", n.getAreaCode(),
                "status", n.getStatus().name(),
                "sms", n.isSmsEnabled());
    }
}
