package net.northvale.voice.provisioning.support;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import net.northvale.voice.provisioning.config.BasicAuthFilter;
import net.northvale.voice.provisioning.config.DashboardSettings;
import net.northvale.voice.provisioning.dashboard.DashboardClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Wires the raw clients to a {@link FakeDashboardServer} the way CDI would in the container. */
public final class TestDashboard {

    public static final String ACCOUNT = "9900123";

    /** The fake serves the API below the same path as the configured base URL. */
    public static final String BASE_PATH = "/api";

    public static final String ACCOUNT_PATH = "/api/accounts/" + ACCOUNT;

    private TestDashboard() {
    }

    public static DashboardClient client(FakeDashboardServer server) {
        DashboardSettings settings = new DashboardSettings(server.baseUrl() + BASE_PATH, ACCOUNT, "test", "secret");
        Client client = ClientBuilder.newBuilder()
                .register(new BasicAuthFilter("test", "secret"))
                .build();
        return new DashboardClient(client, settings);
    }

    public static String fixture(String name) {
        try (InputStream in = TestDashboard.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
