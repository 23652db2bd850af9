package net.kestrelridge.provisioning.kafka;

import static net.kestrelridge.provisioning.support.DashboardStubs.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import net.kestrelridge.provisioning.events.EventCodec;
import net.kestrelridge.provisioning.events.OrderEvent;
import net.kestrelridge.provisioning.events.ProvisioningResult;
import net.kestrelridge.provisioning.handlers.OrderEventDispatcher;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OrderEventConsumerTest {

    private static final TopicNames TOPICS = new TopicNames("orders", "results", "callbacks", "dlq");
    private static final TopicPartition PARTITION = new TopicPartition("orders", 0);

    private final MockConsumer<String, String> consumer = new MockConsumer<>(OffsetResetStrategy.EARLIEST);
    private final OrderEventDispatcher dispatcher = mock(OrderEventDispatcher.class);
    private final ResultPublisher publisher = mock(ResultPublisher.class);

    @Test
    void dispatchesEventsAndCommits() {
        when(dispatcher.dispatch(any())).thenAnswer(inv -> ProvisioningResult.submitted(inv.getArgument(0), "o-1"));
        OrderEventConsumer loop = new OrderEventConsumer(consumer, TOPICS, new EventCodec(), dispatcher, publisher);
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(PARTITION));
            consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
            consumer.addRecord(new ConsumerRecord<>("orders", 0, 0L, "KR-20240611-0042",
                    fixture("events/order-event-new-numbers.json")));
        });
        consumer.schedulePollTask(loop::wakeup);

        loop.run();

        verify(dispatcher).dispatch(argThat(e -> e.telephoneNumbers().equals(List.of("9193350101", "9193350102"))));
        verify(publisher).publish(any());
        assertThat(consumer.closed()).isTrue();
    }

    @Test
    void decodesAreaCodeOrders() {
        OrderEvent event = new EventCodec().decode("""
                {"eventId": "evt-9", "type": "NEW_NUMBERS_BY_AREA_CODE", "customerOrderId": "KR-20240611-0043",
                 "billingAccountNumber": "3306120045", "areaCode": 984, "quantity": 2,
                 "occurredAt": "2024-06-11T14:03:00Z"}
                """);

        assertThat(event.type()).isEqualTo(OrderEvent.Type.NEW_NUMBERS_BY_AREA_CODE);
        assertThat(event.areaCode()).isEqualTo(984);
        assertThat(event.billingAccountNumber()).isEqualTo("3306120045");
    }
}
