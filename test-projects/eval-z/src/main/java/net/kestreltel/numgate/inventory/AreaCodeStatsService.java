package net.kestreltel.numgate.inventory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import net.kestreltel.numgate.inventory.PhoneNumberRepository.AreaCodeCount;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Inventory statistics for the capacity dashboard in Grafana. */
@Service
public class AreaCodeStatsService {

    private static final Set<Integer> TOLL_FREE = Set.of(800, 833, 844, 855, 866, 877, 888);

    private final PhoneNumberRepository repository;

    public AreaCodeStatsService(PhoneNumberRepository repository) {
        this.repository = repository;
    }

    public Mono<Map<Integer, Long>> countsByAreaCode() {
        return repository.countByAreaCode()
                .collect(LinkedHashMap::new, (map, c) -> map.put(c.areaCode(), c.total()));
    }

    public Flux<AreaCodeCount> geographicOnly() {
        return repository.countByAreaCode()
                .filter(c -> !TOLL_FREE.contains(c.areaCode()));
    }

    public Mono<Long> freeIn(int areaCode) {
        return repository.findByAreaCodeAndStatus(areaCode, "INSERVICE").count();
    }
}
