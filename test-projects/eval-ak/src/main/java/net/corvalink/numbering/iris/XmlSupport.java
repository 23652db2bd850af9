package net.corvalink.numbering.iris;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

public final class XmlSupport {

    private static final XmlMapper MAPPER = XmlMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .defaultUseWrapper(false)
            .build();

    private XmlSupport() {
    }

    public static XmlMapper mapper() {
        return MAPPER;
    }

    public static JsonNode tree(String xml) throws IOException {
        return MAPPER.readTree(xml);
    }

    /** Dashboard lists come back as one element or an array depending on the count. */
    public static List<String> texts(JsonNode parent, String field) {
        List<String> out = new ArrayList<>();
        JsonNode node = parent.path(field);
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (!node.isMissingNode() && !node.isNull()) {
            out.add(node.asText());
        }
        return out;
    }

    public static List<JsonNode> nodes(JsonNode parent, String field) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode node = parent.path(field);
        if (node.isArray()) {
            node.forEach(out::add);
        } else if (!node.isMissingNode() && !node.isNull()) {
            out.add(node);
        }
        return out;
    }

    public static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
