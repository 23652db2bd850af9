package net.northwindtel.provisioning.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import net.northwindtel.provisioning.client.http.CatapultNumbersClient;
import net.northwindtel.provisioning.model.api.AvailableNumberView;
import net.northwindtel.provisioning.model.api.NumberSearchRequest;
import net.northwindtel.provisioning.model.api.PortRequestDto;
import net.northwindtel.provisioning.service.NumberOrderService;
import net.northwindtel.provisioning.service.NumberSearchService;
import net.northwindtel.provisioning.store.TnInventoryRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * The portal's number API ({@code /api/v1/numbers}). Portal users type national numbers.
 */
@RestController
@RequestMapping("/api/v1/numbers")
@RequiredArgsConstructor
public class NumberAdminController {

    private final NumberSearchService searchService;
    private final NumberOrderService orderService;
    private final CatapultNumbersClient catapultNumbersClient;
    private final TnInventoryRepository inventory;

    @GetMapping("/search")
    public List<AvailableNumberView> search(@RequestParam("areaCode") String areaCode,
                                            @RequestParam(value = "quantity", defaultValue = "5") int quantity) throws Exception {
        return searchService.searchByAreaCode(areaCode, quantity);
    }

    @PostMapping("/search")
    public List<AvailableNumberView> search(@Valid @RequestBody NumberSearchRequest request) throws Exception {
        return searchService.searchByAreaCode(String.valueOf(request.getAreaCode()), request.getQuantity());
    }

    @GetMapping("/catapult/search")
    public List<Map<String, Object>> catapultSearch(@RequestParam("areaCode") String areaCode) {
        return catapultNumbersClient.searchLocal(areaCode, 10);
    }

    @PostMapping("/orders/{customerId}")
    public Map<String, String> order(@PathVariable String customerId, @RequestBody List<String> tns) throws Exception {
        return Map.of("orderId", orderService.orderNumbers(customerId, tns));
    }

    @GetMapping("/inventory/{tn}")
    public ResponseEntity<TnInventoryRepository.InventoryRecord> inventory(@PathVariable String tn) {
        if (tn.length() != 10) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.of(inventory.findByTn(tn));
    }

    @PostMapping("/porting/requests")
    public ResponseEntity<Map<String, Object>> portRequest(@Valid @RequestBody PortRequestDto request) {
        String btnAreaCode = request.getBillingTelephoneNumber().substring(0, 3);
        return ResponseEntity.accepted().body(Map.of(
                "customerId", request.getCustomerId(),
                "numbers", request.getNumbers().size(),
                "btnAreaCode", btnAreaCode));
    }
}
