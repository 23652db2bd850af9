package net.kestreltel.numgate.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.kestreltel.numgate.config.DashboardProperties;
import net.kestreltel.numgate.config.KestrelProperties;
import net.kestreltel.numgate.dashboard.InserviceNumberClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class InventorySyncServiceTest {

    private InserviceNumberClient inservice;
    private PhoneNumberRepository repository;
    private InventorySyncService service;

    @BeforeEach
    void setUp() {
        inservice = mock(InserviceNumberClient.class);
        repository = mock(PhoneNumberRepository.class);
        DashboardProperties dashboard = new DashboardProperties("http://localhost/api", "9900123", "u", "p",
                "461", "303716", 500, Duration.ofSeconds(5), null, null);
        KestrelProperties.Inventory inventory = new KestrelProperties.Inventory(Duration.ofMinutes(30), List.of(919), 200, 25);
        service = new InventorySyncService(inservice, repository, inventory, dashboard);
        when(repository.save(any())).thenAnswer(inv -> Mono.just(inv.getArgument(0)));
    }

    @Test
    void storesNewNumbersWithTheirAreaCode() {
        when(inservice.inventoryForAreaCode("919")).thenReturn(Flux.just("9195550111", "9195550112"));
        when(repository.findByTn(anyString())).thenReturn(Mono.empty());

        StepVerifier.create(service.syncAreaCode("919"))
                .expectNext(2L)
                .verifyComplete();
    }

    @Test
    void refreshesKnownNumbers() {
        PhoneNumberEntity known = new PhoneNumberEntity(2147483647L, "9195550111", 919, "ACTIVE", "461", true,
                null, "cust-17", Instant.parse("2024-09-01T00:00:00Z"));
        when(inservice.inventoryForAreaCode("919")).thenReturn(Flux.just("9195550111"));
        when(repository.findByTn("9195550111")).thenReturn(Mono.just(known));

        StepVerifier.create(service.syncAreaCode("919"))
                .expectNext(1L)
                .verifyComplete();
    }

    @Test
    void derivesTheAreaCodeFromTheNumber() {
        assertThat(service.toEntity("9845550140").areaCode()).isEqualTo(984);
    }
}
