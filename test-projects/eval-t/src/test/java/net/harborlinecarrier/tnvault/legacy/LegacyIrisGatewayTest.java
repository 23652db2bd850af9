package net.harborlinecarrier.tnvault.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import java.util.List;
import net.harborlinecarrier.tnvault.support.RecordingHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the real Iris SDK against a local stub and checks the requests it makes. */
class LegacyIrisGatewayTest {

    private RecordingHttpServer server;
    private LegacyIrisGateway gateway;

    @BeforeEach
    void setUp() throws Exception {
        server = RecordingHttpServer.start();
        IrisClient client = new IrisClient(server.baseUrl(), "9901287", "tnvault", "secret", "v1.0");
        gateway = new LegacyIrisGateway(client, "1442", "508811");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void hostedImportPostsToTheSdkRoute() throws Exception {
        server.enqueue(201, "<ImportTnOrderResponse><ImportTnOrder><OrderId>io-1</OrderId></ImportTnOrder>"
                + "</ImportTnOrderResponse>");

        String orderId = gateway.importHosted("HM-C1027", List.of("9195550143"));

        assertThat(orderId).isEqualTo("io-1");
        RecordingHttpServer.Recorded request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.uri()).isEqualTo("/v1.0/accounts/9901287/importTnOrders");
        assertThat(request.body()).contains("<FullNumber>9195550143</FullNumber>");
    }

    @Test
    void areaCodeSearchPassesTheFilter() throws Exception {
        server.enqueue(200, "<SearchResult><ResultCount>0</ResultCount></SearchResult>");

        gateway.searchAreaCode("919", 3);

        assertThat(server.requests().get(0).uri())
                .startsWith("/v1.0/accounts/9901287/availableNumbers?")
                .contains("areaCode=919");
    }

    @Test
    void historyComesFromTheSdk() throws Exception {
        server.enqueue(200, "<OrderHistoryWrapper/>");

        ImportTnOrder.GetHistory(gateway.client(), "io-1");

        assertThat(server.requests().get(0).uri()).endsWith("/importTnOrders/io-1/history");
    }

    @Test
    void v2ClientBuildsV2Urls() throws Exception {
        IrisClient v2 = new IrisClient("https://dashboard.bandwidth.com", "9901287", "u", "p", "api/v2");

        assertThat(v2.buildAccountModelUri(new String[] {"importTnOrders", "messaging"}))
                .isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/9901287/importTnOrders/messaging");
    }
}
