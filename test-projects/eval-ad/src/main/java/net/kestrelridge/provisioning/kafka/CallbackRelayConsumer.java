package net.kestrelridge.provisioning.kafka;

import java.time.Duration;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import net.kestrelridge.provisioning.callbacks.NotificationProcessor;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hooks gateway writes every Dashboard callback body (XML) to a topic, keyed by order id;
 * this loop hands them to the NotificationProcessor.
 */
public class CallbackRelayConsumer implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(CallbackRelayConsumer.class);

    private final Consumer<String, String> consumer;
    private final TopicNames topics;
    private final NotificationProcessor processor;

    @Inject
    public CallbackRelayConsumer(@Named("callbacks") Consumer<String, String> consumer, TopicNames topics,
                                 NotificationProcessor processor) {
        this.consumer = consumer;
        this.topics = topics;
        this.processor = processor;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(topics.dashboardCallbacks()));
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(5))) {
                    try {
                        processor.process(record.value());
                    } catch (RuntimeException e) {
                        log.error("callback for order {} could not be processed", record.key(), e);
                    }
                }
                consumer.commitAsync();
            }
        } catch (WakeupException e) {
            log.info("callback consumer woken up, closing");
        } finally {
            consumer.close();
        }
    }

    public void wakeup() {
        consumer.wakeup();
    }
}
