package net.kestrelridge.provisioning.kafka;

import java.nio.charset.StandardCharsets;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.events.EventCodec;
import net.kestrelridge.provisioning.events.ProvisioningResult;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
public class ResultPublisher {

    private static final Logger log = LoggerFactory.getLogger(ResultPublisher.class);

    private final Producer<String, String> producer;
    private final TopicNames topics;
    private final EventCodec codec;

    @Inject
    public ResultPublisher(Producer<String, String> producer, TopicNames topics, EventCodec codec) {
        this.producer = producer;
        this.topics = topics;
        this.codec = codec;
    }

    public void publish(ProvisioningResult result) {
        ProducerRecord<String, String> record =
                new ProducerRecord<>(topics.orderResults(), result.customerOrderId(), codec.encode(result));
        record.headers().add("kr-event-id", result.eventId().getBytes(StandardCharsets.UTF_8));
        producer.send(record, (metadata, error) -> {
            if (error != null) {
                log.error("could not publish result for {}", result.customerOrderId(), error);
            }
        });
    }

    public void deadLetter(String key, String value, Exception cause) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topics.deadLetter(), key, value);
        record.headers().add("kr-error", String.valueOf(cause.getMessage()).getBytes(StandardCharsets.UTF_8));
        producer.send(record);
    }
}
