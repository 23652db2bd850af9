package net.kestreltel.numgate.provisioning;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import net.kestreltel.numgate.dashboard.AvailableNumberClient;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Kestrel's own numbers API, consumed by the customer portal. */
@RestController
@RequestMapping("/api/v1/numbers")
public class ProvisioningController {

    private final ProvisioningService provisioning;
    private final AvailableNumberClient available;

    public ProvisioningController(ProvisioningService provisioning, AvailableNumberClient available) {
        this.provisioning = provisioning;
        this.available = available;
    }

    @GetMapping("/available")
    public Mono<Map<String, List<String>>> available(@RequestParam("areaCode") String areaCode,
                                                     @RequestParam(defaultValue = "20") int quantity) {
        return available.searchByAreaCode(areaCode, quantity).map(AvailableNumberClient::byAreaCode);
    }

    @PostMapping("/orders")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Mono<ProvisioningService.Result> order(@Valid @RequestBody ProvisioningRequest request) {
        return provisioning.provision(request);
    }
}
