package net.kestreltel.portdesk.testing;

import net.kestreltel.portdesk.config.DashboardSettings;
import okhttp3.mockwebserver.MockResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Shared helpers for the MockWebServer based tests. */
public final class TestFixtures {

    public static final String ACCOUNT_ID = "9900123";
    public static final String SITE_ID = "461";
    public static final String SIP_PEER_ID = "303716";
    /** A number of the lab range; tests send it to the (mocked) Dashboard. */
    public static final String LAB_TN = "9195551234";
    public static final String ORDER_ID = "b05de7e6-0cab-4c83-81bb-9379cba8efd0";

    private TestFixtures() {
    }

    public static String resource(String name) {
        try (InputStream in = TestFixtures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MockResponse xml(String body) {
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/xml").setBody(body);
    }

    public static MockResponse xmlFixture(String name) {
        return xml(resource(name));
    }

    public static DashboardSettings settings(String baseUrl) {
        return new DashboardSettings(baseUrl, ACCOUNT_ID, "test", "test", SITE_ID, SIP_PEER_ID);
    }
}
