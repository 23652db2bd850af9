package net.tidewaterconnect.numbering.web;

import java.util.List;

import jakarta.validation.Valid;
import net.tidewaterconnect.numbering.dashboard.AvailableNumbersClient;
import net.tidewaterconnect.numbering.dashboard.OrderClient;
import net.tidewaterconnect.numbering.inventory.ServiceRegion;
import net.tidewaterconnect.numbering.inventory.ServiceRegionRepository;
import net.tidewaterconnect.numbering.web.dto.NumberOrderRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Internal API used by the self-care portal to pick and order new numbers. */
@RestController
@RequestMapping("/api/numbers")
public class NumberSearchController {

    private final AvailableNumbersClient availableNumbers;
    private final OrderClient orders;
    private final ServiceRegionRepository regions;

    public NumberSearchController(AvailableNumbersClient availableNumbers, OrderClient orders,
            ServiceRegionRepository regions) {
        this.availableNumbers = availableNumbers;
        this.orders = orders;
        this.regions = regions;
    }

    @GetMapping("/search")
    public NumberSearchResult search(@RequestParam("areaCode") String areaCode,
                                     @RequestParam(name = "quantity", defaultValue = "10") int quantity) {
        List<String> tns = availableNumbers.searchByAreaCode(areaCode, quantity);
        return new NumberSearchResult(areaCode, tns);
    }

    @GetMapping("/regions")
    public List<ServiceRegion> regions(@RequestParam(name = "areaCode", required = false) Integer areaCode) {
        return areaCode == null ? regions.all() : regions.byAreaCode(areaCode).stream().toList();
    }

    @PostMapping("/orders")
    public ResponseEntity<String> order(@Valid @RequestBody NumberOrderRequest request) {
        return ResponseEntity.accepted().body(orders.orderExisting(request.customerOrderId(), request.telephoneNumbers()));
    }

    public record NumberSearchResult(String areaCode, List<String> telephoneNumbers) {
    }
}
