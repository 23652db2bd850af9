package com.northforktel.numbering.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test resources under src/test/resources. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String read(String path) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops the XML declaration and the whitespace between elements, for body comparisons. */
    public static String normalizeXml(String xml) {
        return xml.replaceAll("<\\?xml[^>]*\\?>", "")
                .replaceAll(">\\s+<", "><")
                .strip();
    }
}
