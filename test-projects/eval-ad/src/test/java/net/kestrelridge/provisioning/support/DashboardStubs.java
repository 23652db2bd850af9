package net.kestrelridge.provisioning.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import net.kestrelridge.provisioning.config.DashboardSettings;
import net.kestrelridge.provisioning.dashboard.DashboardHttpClient;
import net.kestrelridge.provisioning.dashboard.DashboardUris;
import net.kestrelridge.provisioning.dashboard.EndpointCatalog;
import net.kestrelridge.provisioning.dashboard.TemplateRenderer;
import net.kestrelridge.provisioning.resilience.DashboardResilience;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * WireMock on port 18089 standing in for the Dashboard, plus the clients wired to it.
 * Stub mappings under src/test/resources/wiremock/mappings are loaded at start.
 */
public abstract class DashboardStubs {

    protected static final int PORT = 18089;
    protected static final String ACCOUNT = "9900417";
    /** Account prefix of every Dashboard request the clients send. */
    protected static final String API = "/api/accounts/" + ACCOUNT;

    protected static WireMockServer wm;

    protected Config config;
    protected DashboardSettings settings;
    protected DashboardHttpClient client;
    protected DashboardUris uris;
    protected EndpointCatalog catalog;
    protected TemplateRenderer templates;

    @BeforeAll
    static void startWireMock() {
        wm = new WireMockServer(options().port(PORT).usingFilesUnderClasspath("wiremock"));
        wm.start();
        WireMock.configureFor("localhost", PORT);
    }

    @AfterAll
    static void stopWireMock() {
        wm.stop();
    }

    @BeforeEach
    void wireClients() {
        wm.resetRequests();
        config = testConfig();
        settings = DashboardSettings.from(config);
        CloseableHttpClient http = HttpClients.createDefault();
        client = new DashboardHttpClient(http, settings, new DashboardResilience(config));
        uris = new DashboardUris(settings);
        catalog = new EndpointCatalog(settings);
        templates = new TemplateRenderer();
    }

    public static Config testConfig() {
        return ConfigFactory.parseResources("application-test.conf")
                .withFallback(ConfigFactory.load())
                .resolve()
                .getConfig("provisioning");
    }

    public static String fixture(String name) {
        try (InputStream in = DashboardStubs.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static ResponseDefinitionBuilder okXml(String body) {
        return WireMock.aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/xml")
                .withBody(body);
    }
}
