package com.harborline.porting.support;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A MockWebServer standing in for the Dashboard, plus the properties that point the service at it.
 */
public final class MockDashboard implements AutoCloseable {

    public static final String ACCOUNT = "9900123";

    private final MockWebServer server = new MockWebServer();

    public MockDashboard() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, Object> properties() {
        return Map.of(
                "dashboard.url", "http://localhost:" + server.getPort() + "/api",
                "micronaut.http.services.dashboard.url", "http://localhost:" + server.getPort(),
                "dashboard.account-id", ACCOUNT,
                "dashboard.site-id", "461",
                "dashboard.sip-peer-id", "303716",
                "dashboard.subscriptions.enabled", "false");
    }

    public MockDashboard respondXml(String body) {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/xml").setBody(body));
        return this;
    }

    public MockDashboard respondFixture(String name) {
        return respondXml(fixture(name));
    }

    public RecordedRequest take() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    public static String fixture(String name) {
        try (InputStream in = MockDashboard.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
