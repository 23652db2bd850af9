package io.kestrelvoice.numbering.provisioning.web;

import java.util.List;

import io.kestrelvoice.numbering.provisioning.service.NumberOrderService;
import io.kestrelvoice.numbering.provisioning.service.NumberSearchService;
import io.kestrelvoice.numbering.provisioning.validation.PortingRequestValidator;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Our portal's number API. {@code accountId} here is the Kestrel customer account, not the
 * Dashboard account.
 */
@RestController
@RequestMapping("/api/accounts/{accountId}/numbers")
public class NumberController {

    /** Query of our public search endpoint. {@code areaCode} is what the customer typed in the portal. */
    record NumberSearchRequest(String areaCode, String rateCenter, String state, Integer quantity) {

        boolean byAreaCode() {
            return areaCode != null && !areaCode.isBlank();
        }
    }

    public record OrderRequest(String customerOrderId, List<String> telephoneNumbers) {
    }

    public record OrderAccepted(String orderId, int quantity) {
    }

    private final NumberSearchService searchService;
    private final NumberOrderService orderService;
    private final PortingRequestValidator validator;

    public NumberController(NumberSearchService searchService, NumberOrderService orderService,
                            PortingRequestValidator validator) {
        this.searchService = searchService;
        this.orderService = orderService;
        this.validator = validator;
    }

    @GetMapping("/search")
    public List<?> search(@PathVariable String accountId,
                          @RequestParam(required = false) String areaCode,
                          @RequestParam(required = false) String rateCenter,
                          @RequestParam(required = false) String state,
                          @RequestParam(required = false) Integer quantity) throws Exception {
        NumberSearchRequest request = new NumberSearchRequest(areaCode, rateCenter, state, quantity);
        if (request.byAreaCode()) {
            return searchService.byAreaCode(request.areaCode(), request.quantity());
        }
        return searchService.byRateCenter(request.rateCenter(), request.state(), quantity == null ? 10 : quantity);
    }

    @PostMapping("/orders")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public OrderAccepted order(@PathVariable String accountId, @RequestBody OrderRequest request) throws Exception {
        validator.requireNationalNumbers(request.telephoneNumbers());
        String orderId = orderService.order(request.customerOrderId(), request.telephoneNumbers());
        return new OrderAccepted(orderId, request.telephoneNumbers().size());
    }

    @PostMapping("/area-code-orders")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public OrderAccepted orderInAreaCode(@PathVariable String accountId,
                                         @RequestParam String areaCode,
                                         @RequestParam(defaultValue = "1") int quantity) throws Exception {
        return new OrderAccepted(orderService.orderInAreaCode(areaCode, quantity), quantity);
    }
}
