package net.kestrelridge.provisioning.kafka;

import java.time.Duration;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import net.kestrelridge.provisioning.events.EventCodec;
import net.kestrelridge.provisioning.events.OrderEvent;
import net.kestrelridge.provisioning.handlers.OrderEventDispatcher;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Poll loop over the order-requested topic. Offsets are committed after each batch; an event
 * that fails for a non-retryable reason goes to the dead-letter topic.
 */
public class OrderEventConsumer implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(OrderEventConsumer.class);
    private static final Duration POLL_TIMEOUT = Duration.ofSeconds(2);

    private final Consumer<String, String> consumer;
    private final TopicNames topics;
    private final EventCodec codec;
    private final OrderEventDispatcher dispatcher;
    private final ResultPublisher publisher;

    @Inject
    public OrderEventConsumer(@Named("orders") Consumer<String, String> consumer, TopicNames topics,
                              EventCodec codec, OrderEventDispatcher dispatcher, ResultPublisher publisher) {
        this.consumer = consumer;
        this.topics = topics;
        this.codec = codec;
        this.dispatcher = dispatcher;
        this.publisher = publisher;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(topics.orderRequested()));
            while (!Thread.currentThread().isInterrupted()) {
                ConsumerRecords<String, String> records = consumer.poll(POLL_TIMEOUT);
                for (ConsumerRecord<String, String> record : records) {
                    handle(record);
                }
                if (!records.isEmpty()) {
                    consumer.commitSync();
                }
            }
        } catch (WakeupException e) {
            log.info("order consumer woken up, closing");
        } finally {
            consumer.close();
        }
    }

    void handle(ConsumerRecord<String, String> record) {
        OrderEvent event;
        try {
            event = codec.decode(record.value());
        } catch (IllegalArgumentException e) {
            log.warn("dropping malformed event at {}-{}@{}", record.topic(), record.partition(), record.offset());
            publisher.deadLetter(record.key(), record.value(), e);
            return;
        }
        try {
            publisher.publish(dispatcher.dispatch(event));
        } catch (RuntimeException e) {
            log.error("event {} ({}) failed", event.eventId(), event.type(), e);
            publisher.deadLetter(record.key(), record.value(), e);
        }
    }

    public void wakeup() {
        consumer.wakeup();
    }
}
