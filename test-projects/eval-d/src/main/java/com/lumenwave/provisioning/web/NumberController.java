package com.lumenwave.provisioning.web;

import com.bandwidth.iris.sdk.model.OrderResponse;
import com.lumenwave.provisioning.config.CoverageProperties;
import com.lumenwave.provisioning.provisioning.AvailableNumberView;
import com.lumenwave.provisioning.provisioning.NumberInventoryService;
import com.lumenwave.provisioning.util.PhoneNumbers;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Lumenwave's own number API, used by the signup portal.
 *
 * <pre>
 * GET  /api/v1/numbers/available?areaCode=919&amp;quantity=5
 * POST /api/v1/numbers/orders
 * </pre>
 */
@RestController
@RequestMapping("/api/v1/numbers")
public class NumberController {

    public record OrderRequest(String customerId, List<String> telephoneNumbers) {
    }

    private final NumberInventoryService inventory;
    private final CoverageProperties coverage;

    public NumberController(NumberInventoryService inventory, CoverageProperties coverage) {
        this.inventory = inventory;
        this.coverage = coverage;
    }

    @GetMapping("/available")
    public List<AvailableNumberView> available(@RequestParam("areaCode") String areaCode,
                                               @RequestParam(defaultValue = "5") int quantity) throws Exception {
        if (!coverage.covers(Integer.parseInt(areaCode))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Area code " + areaCode + " is not in coverage");
        }
        return inventory.findAvailable(areaCode, Math.min(quantity, 50));
    }

    @PostMapping("/orders")
    public ResponseEntity<String> order(@RequestBody OrderRequest request) throws Exception {
        List<String> numbers = request.telephoneNumbers().stream()
                .map(PhoneNumbers::toNational)
                .flatMap(Optional::stream)
                .toList();
        if (numbers.isEmpty()) {
            return ResponseEntity.badRequest().body("no valid numbers");
        }
        OrderResponse response = inventory.orderNumbers(numbers, "LW-" + request.customerId());
        return ResponseEntity.accepted().body(response.getOrderStatus());
    }
}
