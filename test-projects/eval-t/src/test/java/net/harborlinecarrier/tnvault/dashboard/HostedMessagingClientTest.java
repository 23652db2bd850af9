package net.harborlinecarrier.tnvault.dashboard;

import static net.harborlinecarrier.tnvault.support.Fixtures.compact;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import net.harborlinecarrier.tnvault.dashboard.xml.ExternalTnsOrderXml;
import net.harborlinecarrier.tnvault.dashboard.xml.ImportTnOrderXml;
import net.harborlinecarrier.tnvault.support.Fixtures;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HostedMessagingClientTest {

    private MockWebServer server;
    private HostedMessagingClient client;

    @BeforeEach
    void setUp() throws IOException {
        server = new MockWebServer();
        server.start();
        client = new HostedMessagingClient(Fixtures.account(server));
    }

    @AfterEach
    void tearDown() throws IOException {
        server.shutdown();
    }

    @Test
    void importPostsTheOrder() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(201).setBody("<ImportTnOrderResponse/>"));
        ImportTnOrderXml order = ImportTnOrderXml.of("HM-C1027", "1442", "508811",
                List.of("9195550143", "9195550144", "9845550102"));

        client.importForMessaging(order);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/api/accounts/9901287/importTnOrders");
        assertThat(compact(request.getBody().readUtf8()))
                .isEqualTo(compact(Fixtures.read("requests/import-tn-order-expected.xml")));
    }

    @Test
    void historyIsReadFromTheOrder() throws Exception {
        server.enqueue(new MockResponse().setBody("<OrderHistoryWrapper/>"));

        client.importHistory("io-77");

        assertThat(server.takeRequest().getPath()).isEqualTo("/api/accounts/9901287/importTnOrders/io-77/history");
    }

    @Test
    void voiceImportHasItsOwnRoute() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(201).setBody("<ImportTnOrderResponse/>"));

        client.importForVoice(ImportTnOrderXml.of("HV-C1027", "1442", "508811", List.of("+19195550143")));

        assertThat(server.takeRequest().getPath()).isEqualTo("/api/accounts/9901287/importTnOrders/voice");
    }

    @Test
    void externalNumbersStillUseExternalTns() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(201).setBody("<ExternalTnsOrderResponse/>"));
        ExternalTnsOrderXml order = new ExternalTnsOrderXml();
        order.customerOrderId = "EXT-C88";
        order.telephoneNumbers.add("4045550166");

        client.registerExternal(order);

        assertThat(server.takeRequest().getPath()).isEqualTo("/api/accounts/9901287/externalTns");
    }

    @Test
    void checkerGetsEveryNumber() throws Exception {
        server.enqueue(new MockResponse().setBody("<ImportTnCheckerResponse/>"));

        client.checkPortability(List.of("9195550143"));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getPath()).endsWith("/importTnChecker");
        assertThat(request.getBody().readUtf8()).contains("<TelephoneNumber>9195550143</TelephoneNumber>");
    }
}
