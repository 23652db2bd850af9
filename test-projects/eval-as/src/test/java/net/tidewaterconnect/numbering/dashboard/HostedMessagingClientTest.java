package net.tidewaterconnect.numbering.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import net.tidewaterconnect.numbering.config.DashboardProperties;
import net.tidewaterconnect.numbering.config.TestDashboardClients;
import net.tidewaterconnect.numbering.dashboard.api.ImportOrdersApi;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

class HostedMessagingClientTest {

    private MockWebServer server;
    private HostedMessagingClient client;

    @BeforeEach
    void setUp() throws IOException {
        server = new MockWebServer();
        server.start();
        HttpUrl base = server.url("/api");
        DashboardProperties props = TestDashboardClients.props(base.toString());
        RestClient rest = TestDashboardClients.restClient(props);
        ImportOrdersApi api = TestDashboardClients.proxyFactory(rest).createClient(ImportOrdersApi.class);
        client = new HostedMessagingClient(rest, api, TestDashboardClients.templates(), props);
    }

    @AfterEach
    void tearDown() throws IOException {
        server.shutdown();
    }

    @Test
    void importsNumbersForHostedMessaging() throws InterruptedException {
        server.enqueue(new MockResponse().setResponseCode(201)
                .setHeader("Location", server.url("/api/accounts/5009876/importTnOrders/b7d1e2f0").toString()));

        String orderId = client.importNumbers(new HostedMessagingClient.HostedImportRequest(
                "HM-2211", "Harbor Marine Supply", "401", "Granby St", "Norfolk", "VA", "23510",
                "Dana Whitfield",
                List.of("8045550155")));

        assertThat(orderId).isEqualTo("b7d1e2f0");
        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getPath()).isEqualTo("/api/accounts/5009876/importTnOrders");
        assertThat(recorded.getBody().readUtf8()).contains("<TelephoneNumber>8045550155</TelephoneNumber>");
    }

    @Test
    void removesImportedNumbers() throws InterruptedException {
        server.enqueue(new MockResponse().setResponseCode(201).setBody("<RemoveImportedTnOrderResponse/>"));

        client.removeImported("HM-2212", List.of("8045550156"));

        RecordedRequest recorded = server.takeRequest();
        HttpUrl expected = new HttpUrl.Builder()
                .scheme("http")
                .host(server.getHostName())
                .port(server.getPort())
                .addPathSegment("api")
                .addPathSegments("accounts/5009876/removeImportedTnOrders")
                .build();
        assertThat(recorded.getRequestUrl()).isEqualTo(expected);
    }

    @Test
    void portabilityCheckUsesTheChecker() throws InterruptedException {
        server.enqueue(new MockResponse().setResponseCode(200).setBody("<ImportTnCheckerResponse/>"));

        client.checkPortability(List.of("+18045550157"));

        assertThat(server.takeRequest().getPath()).isEqualTo("/api/accounts/5009876/importTnChecker");
    }
}
