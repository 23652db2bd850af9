package net.northwindtel.provisioning.service;

import net.northwindtel.provisioning.client.exchange.HostedMessagingClient;
import net.northwindtel.provisioning.config.DashboardProperties;
import net.northwindtel.provisioning.config.ProvisioningProperties;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.util.List;

import static net.northwindtel.provisioning.support.DashboardTestSupport.created;
import static net.northwindtel.provisioning.support.DashboardTestSupport.exchangeClient;
import static net.northwindtel.provisioning.support.DashboardTestSupport.properties;
import static net.northwindtel.provisioning.support.DashboardTestSupport.restClient;
import static net.northwindtel.provisioning.support.DashboardTestSupport.xml;
import static org.assertj.core.api.Assertions.assertThat;

class ExternalTnsServiceTest {

    private MockWebServer server;
    private ExternalTnsService service;

    @BeforeEach
    void setUp() throws IOException {
        server = new MockWebServer();
        server.start();
        DashboardProperties props = properties(server);
        RestClient restClient = restClient(props);
        service = new ExternalTnsService(exchangeClient(restClient, HostedMessagingClient.class), props,
                new ProvisioningProperties(), restClient);
    }

    @AfterEach
    void tearDown() throws IOException {
        server.shutdown();
    }

    @Test
    void addsOffNetNumbers() throws Exception {
        server.enqueue(created("/accounts/9900012/externalTnsOrders/ext-1").setBody("<ExternalTnsOrderResponse/>"));

        service.add(List.of("4352154439"));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getPath()).isEqualTo("/accounts/9900012/externalTns");
        assertThat(request.getBody().readUtf8()).contains("<Action>IMPORT</Action>");
    }

    @Test
    void importForMessagingUsesTheV2Route() throws Exception {
        server.enqueue(xml("<ImportTnOrderResponse/>").setResponseCode(201));

        service.importForMessaging(List.of("+14352154466"));

        assertThat(server.takeRequest().getPath()).isEqualTo("/accounts/9900012/importTnOrders/messaging");
    }
}
