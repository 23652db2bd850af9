package net.cascadiatel.provisioning.iris;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Shared Jackson XML mapper for Dashboard payloads, and the request templates under conf/templates. */
public final class Xml {

    private static final XmlMapper MAPPER = XmlMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Xml() {
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
            throw new UncheckedIOException(e);
        }
    }

    public static String template(String name) {
        try (InputStream in = Xml.class.getResourceAsStream("/templates/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces ${name} placeholders of a template. */
    public static String render(String name, Map<String, String> values) {
        String xml = template(name);
        for (Map.Entry<String, String> e : values.entrySet()) {
            xml = xml.replace("${" + e.getKey() + "}", e.getValue());
        }
        return xml;
    }
}
