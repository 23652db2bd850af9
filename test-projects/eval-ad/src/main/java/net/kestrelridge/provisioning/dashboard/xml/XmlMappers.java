package net.kestrelridge.provisioning.dashboard.xml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;

/**
 * The one Jackson XML mapper for Dashboard payloads.
 */
public final class XmlMappers {

    private static final XmlMapper MAPPER = XmlMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(ToXmlGenerator.Feature.WRITE_XML_DECLARATION, true)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private XmlMappers() {
    }

    public static XmlMapper mapper() {
        return MAPPER;
    }

    public static String write(Object payload) {
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + payload.getClass().getSimpleName(), e);
        }
    }

    public static <T> T read(String xml, Class<T> type) {
        try {
            return MAPPER.readValue(xml, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unexpected " + type.getSimpleName() + " document", e);
        }
    }
}
