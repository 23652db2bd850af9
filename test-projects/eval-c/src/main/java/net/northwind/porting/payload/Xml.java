package net.northwind.porting.payload;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import java.io.UncheckedIOException;

/** The one XmlMapper every job shares. */
public final class Xml {

    public static final XmlMapper MAPPER = XmlMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final ObjectMapper JSON = new ObjectMapper();

    private Xml() {
    }

    public static String write(Object payload) {
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String xml, Class<T> type) {
        try {
            return MAPPER.readValue(xml, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Converts a JSON payload template (see resources/payloads) to the XML the carrier takes. */
    public static String jsonToXml(String json, String rootElement) {
        try {
            JsonNode tree = JSON.readTree(json);
            return MAPPER.writer().withRootName(rootElement).writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
