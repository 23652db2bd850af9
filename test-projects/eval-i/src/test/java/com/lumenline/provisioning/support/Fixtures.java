package com.lumenline.provisioning.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads files from {@code src/test/resources/fixtures}. {@code requests/} holds bodies we send
 * to the Dashboard, {@code responses/} what it answers, {@code callbacks/} what it POSTs to us.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static String read(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static InputStream stream(String path) {
        InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + path);
        if (in == null) {
            throw new IllegalArgumentException("No fixture " + path);
        }
        return in;
    }
}
