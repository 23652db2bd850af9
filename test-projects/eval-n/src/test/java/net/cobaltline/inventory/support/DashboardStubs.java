package net.cobaltline.inventory.support;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Shared WireMock set-up for the Dashboard tests. The stub server plays the Dashboard: paths are
 * the ones the real API serves, under {@link #API} or, for the import client, {@link #IMPORT_API}.
 */
public final class DashboardStubs {

    public static final String ACCOUNT = "9900712";

    /** Base path of the Dashboard REST clients on the stub server. */
    public static final String BASE_PATH = "/api";

    /** Base path of the import client on the stub server. */
    public static final String IMPORT_BASE_PATH = "/v1.0";

    /** Account root as served by the Dashboard. */
    public static final String API = "/api/accounts/" + ACCOUNT;

    /** Account root of the import client, which still uses the versioned legacy path. */
    public static final String IMPORT_API = "/v1.0/accounts/" + ACCOUNT;

    /** Numbers the tests order; picked from the 555-01xx fictional range. */
    public static final List<String> ORDER_TNS = List.of("9195550142", "9195550143");

    /** Number reported as completed in the order-response and callback fixtures. */
    public static final String COMPLETED_TN = "9195550177";

    private DashboardStubs() {
    }

    public static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("wiremock"))
                .build();
    }

    public static <T> T restClient(WireMockExtension wm, String basePath, Class<T> type) {
        return RestClientBuilder.newBuilder()
                .baseUri(URI.create(wm.baseUrl() + basePath))
                .build(type);
    }

    public static String fixture(String name) {
        try (InputStream in = DashboardStubs.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
