package net.kestreltel.numgate.inventory;

import java.time.Instant;
import org.springframework.data.r2dbc.repository.Modifying;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface PhoneNumberRepository extends ReactiveCrudRepository<PhoneNumberEntity, Long> {

    Mono<PhoneNumberEntity> findByTn(String tn);

    Flux<PhoneNumberEntity> findByStatus(String status);

    Flux<PhoneNumberEntity> findByAreaCodeAndStatus(int areaCode, String status);

    @Query("SELECT area_code, COUNT(*) AS total FROM phone_number GROUP BY area_code ORDER BY total DESC")
    Flux<AreaCodeCount> countByAreaCode();

    @Modifying
    @Query("UPDATE phone_number SET status = 'MISSING' WHERE last_synced_at < :before AND status <> 'MISSING'")
    Mono<Integer> markMissingSyncedBefore(Instant before);

    Mono<Boolean> existsByTn(String tn);

    /** Projection of {@link #countByAreaCode()}. */
    record AreaCodeCount(int areaCode, long total) {
    }
}
