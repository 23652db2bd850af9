package io.github.irismigrate.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * How the JSON-based reports are printed: UTF-8, two-space indent, {@code "key": value}, '\n' line ends on every
 * platform, keys in the order the writer added them, a final newline. The same input gives the same bytes.
 */
final class JsonOutput {

    static final String TOOL_NAME = "iris-migrate";
    static final String INFORMATION_URI = "https://github.com/irismigrate/iris-migrate";

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            // characters beyond the BMP (emoji) as UTF-8 bytes, not as escaped surrogate pairs
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build());

    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        WRITER = MAPPER.writer(printer);
    }

    private JsonOutput() {
    }

    /** Writes a small document to nowhere: loads and links what {@link #write} uses. */
    static void warmUp() {
        ObjectNode o = object();
        o.put("k", "v").putArray("a").addObject().put("n", 1);
        try {
            write(o, OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // only a warm-up: the real write reports its own failure
        }
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static void write(JsonNode root, OutputStream out) throws IOException {
        WRITER.writeValue(out, root);
        out.write("\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
