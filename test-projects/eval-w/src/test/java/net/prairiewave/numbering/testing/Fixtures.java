package net.prairiewave.numbering.testing;

import net.prairiewave.numbering.dashboard.DashboardHttp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Test helpers: fixture loading and a DashboardHttp pointed at the fake. */
public final class Fixtures {

    public static final String ACCOUNT = "9900417";

    private Fixtures() {
    }

    public static String load(String name) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DashboardHttp http(RecordingDashboard fake) {
        return new DashboardHttp(fake.baseUrl(), ACCOUNT, "svc-test", "secret", Duration.ofSeconds(5));
    }

    /** Same, but with the production path layout ({@code /api} prefix) in front. */
    public static DashboardHttp httpWithApiPrefix(RecordingDashboard fake) {
        return new DashboardHttp(fake.baseUrl() + "/api", ACCOUNT, "svc-test", "secret", Duration.ofSeconds(5));
    }

    public static String normalizeXml(String xml) {
        return xml.replaceAll(">\\s+<", "><").replaceAll("<\\?xml[^>]*\\?>", "").trim();
    }
}
