package net.pinecrest.numbertool.support;

import net.pinecrest.numbertool.config.ToolConfig;
import okhttp3.mockwebserver.MockResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Test helpers: fixture files and a configuration pointing at a MockWebServer. */
public final class Fixtures {

    public static final String ACCOUNT = "9900217";

    private Fixtures() {
    }

    public static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MockResponse xml(String fixture) {
        return new MockResponse().setResponseCode(200)
                .setHeader("Content-Type", "application/xml")
                .setBody(read(fixture));
    }

    public static MockResponse xmlBody(String body) {
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/xml").setBody(body);
    }

    public static ToolConfig config(String baseUrl) {
        return new ToolConfig(baseUrl, ACCOUNT, "pnt-test", "secret", "14021", "588214",
                baseUrl, null, null, "USA", baseUrl, "app-id", "+18045550199",
                "http://localhost:8085/api/callbacks/dashboard", 8085, "214",
                "jdbc:h2:mem:pnt;MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "",
                Duration.ofSeconds(5), 500);
    }
}
