package net.korvalink.edge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

public final class TestFixtures {

    private TestFixtures() {
    }

    public static String fixture(String name) {
        try (InputStream in = TestFixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops indentation and line breaks between tags so hand-written fixtures compare with generated XML. */
    public static String compact(String xml) {
        return xml.replaceAll(">\\s+<", "><").trim();
    }
}
