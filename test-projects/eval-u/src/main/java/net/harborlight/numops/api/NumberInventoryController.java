package net.harborlight.numops.api;

import java.util.List;
import java.util.Map;

import net.harborlight.numops.inventory.AvailableNumberSearchService;
import net.harborlight.numops.inventory.InserviceNumberService;
import net.harborlight.numops.inventory.NpaNxxAvailabilityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal API for the sales portal (served by this service under /api).
 */
@RestController
@RequestMapping("/api/numbers")
public class NumberInventoryController {

    private final AvailableNumberSearchService search;
    private final InserviceNumberService inService;
    private final NpaNxxAvailabilityService exchanges;

    public NumberInventoryController(AvailableNumberSearchService search, InserviceNumberService inService,
                                     NpaNxxAvailabilityService exchanges) {
        this.search = search;
        this.inService = inService;
        this.exchanges = exchanges;
    }

    @GetMapping("/available")
    public List<String> available(@RequestParam("areaCode") String areaCode,
                                  @RequestParam(name = "quantity", defaultValue = "10") int quantity) throws Exception {
        return search.search(areaCode, quantity);
    }

    @GetMapping("/in-service/count")
    public Map<String, Integer> inServiceCount(@RequestParam("areaCode") String areaCode) throws Exception {
        return Map.of(areaCode, inService.count(areaCode));
    }

    @GetMapping("/exchanges")
    public List<NpaNxxAvailabilityService.Exchange> exchanges(@RequestParam String areaCode,
                                                              @RequestParam(defaultValue = "5") int minimum)
            throws Exception {
        return exchanges.exchanges(areaCode, minimum);
    }
}
