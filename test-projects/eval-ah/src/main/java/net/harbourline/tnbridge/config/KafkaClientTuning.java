package net.harbourline.tnbridge.config;

import org.apache.camel.BindToRegistry;
import org.apache.camel.component.kafka.KafkaConfiguration;

/**
 * Producer settings agreed with the platform team: never give up on a send (the inventory topic is the
 * billing system's source of truth), idempotent producer, bounded batches.
 */
public class KafkaClientTuning {

    static final int DELIVERY_TIMEOUT_MS = 2147483647;
    static final int MAX_IN_FLIGHT = 5;
    static final long ARCHIVE_MAX_BYTES = 5368709120L;

    @BindToRegistry("kafkaProducerDefaults")
    public KafkaConfiguration producerDefaults() {
        KafkaConfiguration conf = new KafkaConfiguration();
        conf.setDeliveryTimeoutMs(DELIVERY_TIMEOUT_MS);
        conf.setMaxInFlightRequest(MAX_IN_FLIGHT);
        conf.setEnableIdempotence(true);
        conf.setLingerMs(20);
        return conf;
    }

    public static long archiveMaxBytes() {
        return ARCHIVE_MAX_BYTES;
    }
}
