package net.northwindtel.provisioning.service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import net.northwindtel.provisioning.config.DashboardProperties;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static net.northwindtel.provisioning.support.DashboardTestSupport.ACCOUNT_ID;
import static net.northwindtel.provisioning.support.DashboardTestSupport.fixture;
import static net.northwindtel.provisioning.support.DashboardTestSupport.properties;
import static net.northwindtel.provisioning.support.DashboardTestSupport.restClient;
import static net.northwindtel.provisioning.support.DashboardTestSupport.xml;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real Iris SDK against MockWebServer.
 */
class HostedMessagingServiceTest {

    private MockWebServer server;
    private IrisClient irisClient;
    private HostedMessagingService service;

    @BeforeEach
    void setUp() throws IOException {
        server = new MockWebServer();
        server.start();
        DashboardProperties props = properties(server);
        irisClient = new IrisClient(server.url("/").toString(), ACCOUNT_ID, "northwind-api", "secret", "v1.0");
        service = new HostedMessagingService(irisClient, restClient(props), props);
    }

    @AfterEach
    void tearDown() throws IOException {
        server.shutdown();
    }

    @Test
    void importsNumbersForHostedMessaging() throws Exception {
        server.enqueue(xml(fixture("import-tn-order-response.xml")).setResponseCode(201));

        String orderId = service.importNumbers("NW-HM-1001", "Acme Dental", List.of(
                "9195550101",
                "9195550102"));

        assertThat(orderId).isEqualTo("b05de7e6-0cab-4c83-81bb-9379cba8efd0");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/v1.0/accounts/9900012/importTnOrders");
        // the fixture is what SDK 1.12 really marshals: <SipPeer>, and one <TelephoneNumbers> per number
        assertThat(request.getBody().readUtf8()).isXmlEqualTo(fixture("import-tn-order-request.xml"));
    }

    @Test
    void readsAnImportOrderBack() throws Exception {
        server.enqueue(xml(fixture("import-tn-order-response.xml").replaceAll("</?ImportTnOrdersResponse>", "")));

        ImportTnOrder order = ImportTnOrder.Get(irisClient, "b05de7e6-0cab-4c83-81bb-9379cba8efd0");

        assertThat(order.getTelephoneNumberList()).hasSize(2);
        assertThat(order.getTelephoneNumberList().get(0).getFullNumber()).isEqualTo("9195550101");
    }
}
