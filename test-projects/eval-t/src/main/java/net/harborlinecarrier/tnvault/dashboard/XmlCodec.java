package net.harborlinecarrier.tnvault.dashboard;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/** One shared XmlMapper configured the way the Dashboard expects (no XML declaration, ISO dates). */
public final class XmlCodec {

    private static final XmlMapper MAPPER = XmlMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private XmlCodec() {
    }

    public static XmlMapper mapper() {
        return MAPPER;
    }

    public static String write(Object payload) {
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String xml, Class<T> type) {
        try {
            return MAPPER.readValue(xml, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + type.getSimpleName(), e);
        }
    }
}
