package net.lakeshoretel.numbering.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;

import java.io.IOException;

/** JSON (de)serialization of the OSS events and of the enriched output. */
public class JsonEventSchema<T> implements DeserializationSchema<T>, SerializationSchema<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> type;
    private transient ObjectMapper mapper;

    public JsonEventSchema(Class<T> type) {
        this.type = type;
    }

    private ObjectMapper mapper() {
        if (mapper == null) {
            mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        }
        return mapper;
    }

    @Override
    public T deserialize(byte[] message) throws IOException {
        return mapper().readValue(message, type);
    }

    @Override
    public boolean isEndOfStream(T nextElement) {
        return false;
    }

    @Override
    public byte[] serialize(T element) {
        try {
            return mapper().writeValueAsBytes(element);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize " + type.getSimpleName(), e);
        }
    }

    @Override
    public TypeInformation<T> getProducedType() {
        return TypeInformation.of(type);
    }
}
