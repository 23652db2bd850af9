package net.harborlinecarrier.tnvault.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.client.ClientBuilder;
import java.io.IOException;
import net.harborlinecarrier.tnvault.config.DashboardConfiguration;
import net.harborlinecarrier.tnvault.support.Fixtures;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceAddressSyncTest {

    private MockWebServer server;
    private ServiceAddressSync sync;

    @BeforeEach
    void setUp() throws IOException {
        server = new MockWebServer();
        server.start();
        DashboardConfiguration dashboard = new DashboardConfiguration();
        dashboard.setBaseUrl(Fixtures.baseUrl(server));
        dashboard.setAccountId(Fixtures.ACCOUNT_ID);
        sync = new ServiceAddressSync(ClientBuilder.newClient(), dashboard);
    }

    @AfterEach
    void tearDown() throws IOException {
        server.shutdown();
    }

    @Test
    void fetchesOneAddress() throws Exception {
        server.enqueue(new MockResponse().setBody("<Address><HouseNumber>2200</HouseNumber></Address>"));

        assertThat(sync.fetch("77")).isPresent();
        assertThat(server.takeRequest().getPath()).isEqualTo("/api/accounts/9901287/addresses/77");
    }

    @Test
    void missingAddressIsEmpty() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(404));

        assertThat(sync.fetch("404")).isEmpty();
    }

    @Test
    void listsAllAddressesInOnePage() throws Exception {
        server.enqueue(new MockResponse().setBody("<Addresses/>"));

        sync.listAll();

        assertThat(server.takeRequest().getPath()).isEqualTo("/api/accounts/9901287/addresses?page=1&size=500");
    }
}
