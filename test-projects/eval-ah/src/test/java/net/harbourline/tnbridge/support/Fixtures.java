package net.harbourline.tnbridge.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Loads test fixtures and the test properties from the classpath. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String read(String name) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Properties testProperties() {
        Properties props = new Properties();
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("application-test.properties")) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    /** Removes line breaks and indentation so hand-written XML fixtures compare with generated bodies. */
    public static String compact(String xml) {
        return xml.replaceAll(">\\s+<", "><").trim();
    }
}
