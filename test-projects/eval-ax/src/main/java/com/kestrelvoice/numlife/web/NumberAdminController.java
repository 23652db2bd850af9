package com.kestrelvoice.numlife.web;

import com.kestrelvoice.numlife.dashboard.AvailableNumberClient;
import com.kestrelvoice.numlife.dashboard.NumberSearchRequest;
import com.kestrelvoice.numlife.domain.NumberOrderEntity;
import com.kestrelvoice.numlife.domain.PhoneNumberEntity;
import com.kestrelvoice.numlife.repo.PhoneNumberRepository;
import com.kestrelvoice.numlife.service.NumberProvisioningService;
import jakarta.validation.Valid;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Our own API used by the customer portal; accountId here is the customer's account with us.
 */
@RestController
@RequestMapping("/api/accounts/{accountId}/numbers")
@RequiredArgsConstructor
public class NumberAdminController {

    private final AvailableNumberClient availableNumbers;
    private final NumberProvisioningService provisioning;
    private final PhoneNumberRepository phoneNumbers;
    private final NumberViewMapper views;

    @GetMapping(path = "/search", produces = MediaType.APPLICATION_XML_VALUE)
    public String search(@PathVariable String accountId,
                         @RequestParam String areaCode,
                         @RequestParam(defaultValue = "10") int quantity) {
        NumberSearchRequest request = NumberSearchRequest.builder()
                .areaCode(areaCode)
                .quantity(quantity)
                .build();
        return availableNumbers.search(request);
    }

    @GetMapping("/by-area-code/{areaCode}")
    public List<NumberViewMapper.NumberView> byAreaCode(@PathVariable String accountId, @PathVariable int areaCode) {
        List<PhoneNumberEntity> numbers = phoneNumbers.findByAreaCode(areaCode).stream()
                .filter(n -> accountId.equals(n.getCustomerAccount()))
                .toList();
        return views.toViews(numbers);
    }

    @PostMapping("/orders")
    public NumberOrderEntity order(@PathVariable String accountId, @Valid @RequestBody OrderNumbersCommand command) {
        return provisioning.order(accountId, command.getTns());
    }
}
