package net.kestrelcable.provisioning.ordering;

import java.util.List;

import net.kestrelcable.provisioning.dashboard.DashboardClient;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Called by the activation portal (order-to-activate flow).
 */
@RestController
@RequestMapping("/api/v1/number-orders")
public class NumberOrderController {

    public record NumberOrderRequest(String customerId, String areaCode, int quantity) {
    }

    private final NumberOrderService orders;
    private final DashboardClient dashboard;

    public NumberOrderController(NumberOrderService orders, DashboardClient dashboard) {
        this.orders = orders;
        this.dashboard = dashboard;
    }

    @PostMapping
    public ResponseEntity<NumberOrderService.OrderResult> order(@RequestBody NumberOrderRequest request) {
        int quantity = request.quantity() <= 0 ? 1 : request.quantity();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(orders.orderForCustomer(request.customerId(), request.areaCode(), quantity));
    }

    @GetMapping("/available")
    public List<String> available(@RequestParam String areaCode,
                                  @RequestParam(defaultValue = "10") int quantity) {
        return dashboard.searchAvailable(areaCode, quantity);
    }

    @ExceptionHandler(NumberOrderService.NumbersUnavailableException.class)
    public ResponseEntity<String> unavailable(NumberOrderService.NumbersUnavailableException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(e.getMessage());
    }
}
