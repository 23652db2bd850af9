package net.kestreltel.numgate.callbacks;

import static net.kestreltel.numgate.support.DashboardTestSupport.codec;
import static net.kestreltel.numgate.support.DashboardTestSupport.fixture;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import net.kestreltel.numgate.inventory.PhoneNumberEntity;
import net.kestreltel.numgate.inventory.PhoneNumberRepository;
import net.kestreltel.numgate.products.MessagingApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class DashboardCallbackControllerTest {

    private PhoneNumberRepository repository;
    private MessagingApiClient messaging;
    private NotificationRouter router;
    private WebTestClient web;

    @BeforeEach
    void setUp() {
        repository = mock(PhoneNumberRepository.class);
        messaging = mock(MessagingApiClient.class);
        router = new NotificationRouter(repository, messaging);
        web = WebTestClient.bindToController(new DashboardCallbackController(codec(), router)).build();
        when(repository.save(any())).thenAnswer(inv -> Mono.just(inv.getArgument(0)));
        when(messaging.sendText(any(), anyString(), anyString())).thenReturn(Mono.just("{}"));
    }

    @Test
    void completedOrderActivatesOurNumbers() {
        when(repository.findByTn("9195550101")).thenReturn(Mono.just(entity(1L, "9195550101")));
        when(repository.findByTn("9195550102")).thenReturn(Mono.just(entity(2L, "9195550102")));

        web.post().uri("/api/v1/callbacks/dashboard/orders")
                .contentType(MediaType.APPLICATION_XML)
                .bodyValue(fixture("callback-order-complete.xml"))
                .exchange()
                .expectStatus().isOk();

        verify(repository).findByTn("9195550101");
        verify(repository).findByTn("9195550102");
        verify(messaging).sendText("+19195550000", "+19195550101", "Your new Kestrel number is active.");
    }

    @Test
    void unknownNumbersAreSkipped() {
        when(repository.findByTn(anyString())).thenReturn(Mono.empty());

        StepVerifier.create(router.route(codec().read(fixture("callback-order-complete.xml"),
                        net.kestreltel.numgate.dashboard.xml.Notification.class)))
                .verifyComplete();

        verify(repository, never()).save(any());
    }

    private static PhoneNumberEntity entity(long id, String tn) {
        return new PhoneNumberEntity(id, tn, 919, "ASSIGNED", "461", false, "+19195550000", "cust-17", Instant.EPOCH);
    }
}
