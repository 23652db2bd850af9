package net.kestrelwave.integration.web;

import java.util.List;
import java.util.Map;

import net.kestrelwave.integration.inventory.InventoryStore;
import net.kestrelwave.integration.inventory.InventoryStore.InventoryRecord;
import net.kestrelwave.integration.inventory.NumberSearchService;
import net.kestrelwave.integration.util.PhoneNumbers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal API used by the provisioning portal and the sales quoting tool.
 */
@RestController
@RequestMapping("/api/v1/numbers")
public class NumberInventoryController {

    private final NumberSearchService search;
    private final InventoryStore inventory;

    public NumberInventoryController(NumberSearchService search, InventoryStore inventory) {
        this.search = search;
        this.inventory = inventory;
    }

    @GetMapping("/available")
    public List<String> available(@RequestParam("areaCode") String areaCode,
                                  @RequestParam(name = "quantity", defaultValue = "10") int quantity) throws Exception {
        return search.searchByAreaCode(areaCode, quantity);
    }

    @GetMapping("/{tn}")
    public ResponseEntity<InventoryRecord> byNumber(@PathVariable String tn) {
        InventoryRecord record = inventory.findByTn(PhoneNumbers.toNational(tn));
        return record == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(record);
    }

    @GetMapping("/summary")
    public Map<String, Object> summary(@RequestParam(name = "areaCode", required = false) Integer areaCode) {
        long total = inventory.all().stream()
                .filter(r -> areaCode == null || r.npa().equals(String.valueOf(areaCode)))
                .count();
        return Map.of("areaCode", areaCode == null ? "all" : areaCode, "count", total);
    }
}
