package net.kestrelridge.provisioning.di;

import com.typesafe.config.Config;
import dagger.Module;
import dagger.Provides;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import javax.inject.Named;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.kafka.TopicNames;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

@Module
public final class KafkaModule {

    private KafkaModule() {
    }

    @Provides
    @Singleton
    static TopicNames topicNames(Config config) {
        return TopicNames.from(config.getConfig("kafka.topics"));
    }

    @Provides
    @Named("orders")
    static Consumer<String, String> orderConsumer(Config config) {
        Properties props = consumerProperties(config);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, config.getString("kafka.group-id"));
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    @Provides
    @Named("callbacks")
    static Consumer<String, String> callbackConsumer(Config config) {
        Properties props = consumerProperties(config);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, config.getString("kafka.group-id") + "-callbacks");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    @Provides
    @Singleton
    static Producer<String, String> producer(Config config) {
        Properties props = overrides("producer.");
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.getString("kafka.bootstrap-servers"));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, config.getString("kafka.client-id"));
        props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
        props.putIfAbsent(ProducerConfig.RETRIES_CONFIG, 2147483647);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static Properties consumerProperties(Config config) {
        Properties props = overrides("consumer.");
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.getString("kafka.bootstrap-servers"));
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, config.getString("kafka.client-id"));
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.getInt("kafka.max-poll-records"));
        return props;
    }

    /** Reads kafka.properties and keeps the entries under {@code prefix}, prefix removed. */
    static Properties overrides(String prefix) {
        Properties all = new Properties();
        try (InputStream in = KafkaModule.class.getClassLoader().getResourceAsStream("kafka.properties")) {
            if (in != null) {
                all.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties selected = new Properties();
        for (String name : all.stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                selected.put(name.substring(prefix.length()), all.getProperty(name));
            }
        }
        return selected;
    }
}
