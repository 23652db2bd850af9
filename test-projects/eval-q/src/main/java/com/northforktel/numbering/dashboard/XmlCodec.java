package com.northforktel.numbering.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import com.google.inject.Singleton;
import com.northforktel.numbering.dashboard.model.E911Address;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Jackson XML mapping for Dashboard payloads. */
@Singleton
public class XmlCodec {

    private final XmlMapper mapper;

    public XmlCodec() {
        this.mapper = XmlMapper.builder()
                .configure(ToXmlGenerator.Feature.WRITE_XML_DECLARATION, true)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .build();
    }

    public String write(Object payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + payload.getClass().getSimpleName(), e);
        }
    }

    public <T> T read(String xml, Class<T> type) {
        try {
            return mapper.readValue(xml, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unexpected " + type.getSimpleName() + " payload", e);
        }
    }

    public List<E911Address> readE911Addresses(String xml) {
        return read(xml, E911Address.Page.class).addresses;
    }

    public E911Address readE911Address(String xml) {
        return read(xml, E911Address.class);
    }

    /**
     * Collects every {@code <TelephoneNumber>} (or {@code <FullNumber>}) text value of a search
     * result or a TN listing, whatever wrapper elements surround it.
     */
    public List<String> readTnList(String xml) {
        try {
            List<String> out = new ArrayList<>();
            collect(mapper.readTree(xml), out);
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unexpected TN list payload", e);
        }
    }

    public String textOf(String xml, String element) {
        try {
            JsonNode node = mapper.readTree(xml).findValue(element);
            return node == null ? null : node.asText();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unexpected payload", e);
        }
    }

    private static void collect(JsonNode node, List<String> out) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if ("TelephoneNumber".equals(name) || "FullNumber".equals(name)) {
                if (value.isArray()) {
                    value.forEach(v -> out.add(v.asText()));
                } else if (value.isValueNode()) {
                    out.add(value.asText());
                } else {
                    collect(value, out);
                }
            } else if (value.isContainerNode()) {
                if (value.isArray()) {
                    value.forEach(v -> collect(v, out));
                } else {
                    collect(value, out);
                }
            }
        }
    }
}
