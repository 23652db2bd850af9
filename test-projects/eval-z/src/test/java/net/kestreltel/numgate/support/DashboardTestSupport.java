package net.kestreltel.numgate.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import net.kestreltel.numgate.config.DashboardProperties;
import net.kestreltel.numgate.config.XmlMapperConfig;
import net.kestreltel.numgate.dashboard.DashboardXmlCodec;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.springframework.web.reactive.function.client.WebClient;

/** Plays the Dashboard with a MockWebServer. */
public final class DashboardTestSupport {

    public static final String ACCOUNT_ID = "9900123";

    /** Path prefix the mock server serves the Dashboard API under. */
    public static final String BASE_PATH = "/api";

    /** What every account-scoped request path starts with. */
    public static final String ACCOUNT_PATH = "/api/accounts/" + ACCOUNT_ID;

    private DashboardTestSupport() {
    }

    public static DashboardProperties props(MockWebServer server) {
        return new DashboardProperties(server.url(BASE_PATH).toString(), ACCOUNT_ID, "numgate", "secret",
                "461", "303716", 500, Duration.ofSeconds(5), null,
                new DashboardProperties.Callback("https://numgate.test/api/v1/callbacks/dashboard", "dashboard",
                        "cb-secret", 3122064000L));
    }

    public static WebClient webClient(DashboardProperties props) {
        return WebClient.builder()
                .baseUrl(props.baseUrl())
                .defaultHeaders(h -> h.setBasicAuth(props.username(), props.password()))
                .build();
    }

    public static DashboardXmlCodec codec() {
        return new DashboardXmlCodec(new XmlMapperConfig().dashboardXmlMapper());
    }

    public static String fixture(String name) {
        try (InputStream in = DashboardTestSupport.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MockResponse xml(String body) {
        return new MockResponse()
                .setHeader("Content-Type", "application/xml")
                .setBody(body);
    }

    public static MockResponse created(String location) {
        return new MockResponse().setResponseCode(201).setHeader("Location", location);
    }

    public static RecordedRequest take(MockWebServer server) throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("The client sent no request");
        }
        return request;
    }
}
