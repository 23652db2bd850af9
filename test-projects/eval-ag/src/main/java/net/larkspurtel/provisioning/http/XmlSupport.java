package net.larkspurtel.provisioning.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Shared Jackson XML mapper for Dashboard payloads. */
public final class XmlSupport {

    private static final XmlMapper MAPPER = XmlMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(ToXmlGenerator.Feature.WRITE_XML_DECLARATION, true)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private XmlSupport() {
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
            throw new UncheckedIOException("Unparseable Dashboard payload for " + type.getSimpleName(), e);
        }
    }
}
