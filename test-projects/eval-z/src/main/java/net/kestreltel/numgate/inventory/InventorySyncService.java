package net.kestreltel.numgate.inventory;

import java.time.Duration;
import java.time.Instant;
import net.kestreltel.numgate.config.DashboardProperties;
import net.kestreltel.numgate.config.KestrelProperties;
import net.kestreltel.numgate.dashboard.InserviceNumberClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Mirrors the Dashboard's in-service inventory into our database, one area code at a time,
 * so that provisioning can answer "what do we own in 919?" without a Dashboard round trip.
 */
@Service
public class InventorySyncService {

    private static final Logger log = LoggerFactory.getLogger(InventorySyncService.class);

    private final InserviceNumberClient inservice;
    private final PhoneNumberRepository repository;
    private final KestrelProperties.Inventory inventory;
    private final DashboardProperties dashboard;

    public InventorySyncService(InserviceNumberClient inservice, PhoneNumberRepository repository,
                                KestrelProperties.Inventory inventory, DashboardProperties dashboard) {
        this.inservice = inservice;
        this.repository = repository;
        this.inventory = inventory;
        this.dashboard = dashboard;
    }

    @Scheduled(fixedDelayString = "${kestrel.inventory.sync-interval:PT30M}", initialDelay = 60_000)
    public void scheduledSync() {
        Instant started = Instant.now();
        syncConfiguredAreaCodes()
                .then(repository.markMissingSyncedBefore(started.minus(Duration.ofHours(6))))
                .subscribe(missing -> log.info("Inventory sync done in {}, {} numbers now missing",
                        Duration.between(started, Instant.now()), missing),
                        e -> log.error("Inventory sync failed", e));
    }

    public Mono<Long> syncConfiguredAreaCodes() {
        return Flux.fromIterable(inventory.areaCodes())
                .map(String::valueOf)
                .concatMap(this::syncAreaCode)
                .reduce(0L, Long::sum);
    }

    public Mono<Long> syncAreaCode(String areaCode) {
        return inservice.inventoryForAreaCode(areaCode)
                .filter(tn -> tn.length() == 10)
                .concatMap(this::upsert)
                .count()
                .doOnNext(n -> log.info("Synced {} numbers for area code {}", n, areaCode));
    }

    private Mono<PhoneNumberEntity> upsert(String tn) {
        return repository.findByTn(tn)
                .map(existing -> existing.withStatus(existing.status(), Instant.now()))
                .switchIfEmpty(Mono.fromSupplier(() -> toEntity(tn)))
                .flatMap(repository::save);
    }

    PhoneNumberEntity toEntity(String tn) {
        int areaCode = Integer.parseInt(tn.substring(0, 3));
        return PhoneNumberEntity.fromInventory(tn, areaCode, dashboard.siteId());
    }
}
