package net.kestrelridge.provisioning.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * JSON encoding of the Kafka payloads.
 */
@Singleton
public class EventCodec {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Inject
    public EventCodec() {
    }

    public OrderEvent decode(String value) {
        try {
            return json.readValue(value, OrderEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed order event: " + e.getOriginalMessage(), e);
        }
    }

    public String encode(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
