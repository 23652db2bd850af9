package com.bluepinenet.cdrpipeline.streams;

import com.bluepinenet.cdrpipeline.kafka.model.InventoryRecord;
import com.bluepinenet.cdrpipeline.streams.serde.JsonSerde;
import com.bluepinenet.cdrpipeline.util.PhoneNumbers;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Joined;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;

/** cdr.raw + dashboard inventory table -> cdr.enriched. */
@Configuration
@EnableKafkaStreams
public class CdrEnrichmentTopology {

    @Value("${pipeline.topics.cdr-raw}")
    private String rawTopic;

    @Value("${pipeline.topics.cdr-enriched}")
    private String enrichedTopic;

    @Value("${pipeline.topics.inventory}")
    private String inventoryTopic;

    @Autowired
    void buildPipeline(StreamsBuilder builder, RateCenterDirectory rateCenters) {
        JsonSerde<CallDetailRecord> cdrSerde = new JsonSerde<>(CallDetailRecord.class);
        JsonSerde<InventoryRecord> inventorySerde = new JsonSerde<>(InventoryRecord.class);
        JsonSerde<EnrichedCdr> enrichedSerde = new JsonSerde<>(EnrichedCdr.class);

        KTable<String, InventoryRecord> inventory = builder.table(inventoryTopic,
                Consumed.with(Serdes.String(), inventorySerde),
                Materialized.as("dashboard-inventory"));

        KStream<String, CallDetailRecord> cdrs = builder.stream(rawTopic, Consumed.with(Serdes.String(), cdrSerde));

        cdrs.filter((key, cdr) -> cdr != null && cdr.callingNumber() != null)
                .selectKey((key, cdr) -> PhoneNumbers.toNational(cdr.callingNumber()))
                .leftJoin(inventory, new CdrEnricher(rateCenters), Joined.with(Serdes.String(), cdrSerde, inventorySerde))
                .to(enrichedTopic, Produced.with(Serdes.String(), enrichedSerde));
    }
}
