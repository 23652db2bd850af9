package net.kestreltel.numgate.inventory;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Internal inventory API, used by the provisioning UI. */
@RestController
@RequestMapping("/api/v1/inventory")
public class InventoryController {

    private final InventorySyncService sync;
    private final AreaCodeStatsService stats;
    private final PhoneNumberRepository repository;

    public InventoryController(InventorySyncService sync, AreaCodeStatsService stats, PhoneNumberRepository repository) {
        this.sync = sync;
        this.stats = stats;
        this.repository = repository;
    }

    @GetMapping("/area-codes")
    public Mono<Map<Integer, Long>> areaCodes() {
        return stats.countsByAreaCode();
    }

    @GetMapping("/area-codes/{areaCode}/free")
    public Mono<Long> free(@PathVariable int areaCode) {
        return stats.freeIn(areaCode);
    }

    @PostMapping("/area-codes/{areaCode}/sync")
    public Mono<Long> syncNow(@PathVariable String areaCode) {
        return sync.syncAreaCode(areaCode);
    }

    @GetMapping("/status/{status}")
    public Flux<PhoneNumberEntity> byStatus(@PathVariable String status) {
        return repository.findByStatus(status);
    }
}
