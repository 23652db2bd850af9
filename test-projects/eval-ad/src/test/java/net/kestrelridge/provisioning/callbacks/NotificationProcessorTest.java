package net.kestrelridge.provisioning.callbacks;

import static net.kestrelridge.provisioning.support.DashboardStubs.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import net.kestrelridge.provisioning.events.ProvisioningResult;
import net.kestrelridge.provisioning.kafka.ResultPublisher;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class NotificationProcessorTest {

    private final PendingOrderRegistry registry = new PendingOrderRegistry(Caffeine.newBuilder().build());
    private final ResultPublisher publisher = mock(ResultPublisher.class);
    private final NotificationProcessor processor = new NotificationProcessor(registry, publisher);

    @Test
    void matchesCompletedNumbersWithPendingOrders() {
        registry.register("evt-1", "KR-20240611-0042", List.of("9193350101", "9193350102"));

        processor.process(fixture("fixtures/notification-complete.xml"));

        ArgumentCaptor<ProvisioningResult> result = ArgumentCaptor.forClass(ProvisioningResult.class);
        verify(publisher).publish(result.capture());
        assertThat(result.getValue().status()).isEqualTo(ProvisioningResult.Status.COMPLETE);
        assertThat(result.getValue().telephoneNumbers()).containsExactly("(919) 335-0101", "(919) 335-0102");
        assertThat(registry.size()).isZero();
    }

    @Test
    void ignoresNumbersThatAreNotOurs() {
        registry.register("evt-2", "KR-20240611-0050", List.of("9193350103"));

        processor.process("""
                <Notification>
                    <OrderId>5c0e6a4e-1111-4b7a-9f7e-3d1f0a2b9c01</OrderId>
                    <Status>COMPLETE</Status>
                    <CompletedTelephoneNumbers>
                        <TelephoneNumber>+19193350103</TelephoneNumber>
                    </CompletedTelephoneNumbers>
                </Notification>
                """);

        verifyNoInteractions(publisher);
    }

    @Test
    void formatsNumbersForThePortal() {
        assertThat(NotificationProcessor.formatForPortal("9193350101")).isEqualTo("(919) 335-0101");
    }
}
