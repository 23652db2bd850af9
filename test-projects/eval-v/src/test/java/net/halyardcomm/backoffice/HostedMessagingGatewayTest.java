package net.halyardcomm.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.halyardcomm.backoffice.hosted.HostedMessagingGateway;
import net.halyardcomm.backoffice.http.BasicAuth;
import net.halyardcomm.backoffice.http.DashboardHttp;
import net.halyardcomm.backoffice.support.Fixtures;
import net.halyardcomm.backoffice.support.RecordingHttpServer;
import net.halyardcomm.backoffice.support.TestNumbers;
import net.halyardcomm.backoffice.templates.XmlTemplates;
import net.halyardcomm.backoffice.xml.JaxbCodec;

class HostedMessagingGatewayTest {

    private RecordingHttpServer server;
    private HostedMessagingGateway gateway;

    @BeforeEach
    void setUp() throws Exception {
        server = RecordingHttpServer.start()
                .respond("POST", "/accounts/", 201, "", "https://example.invalid/orders/imp-1");
        DashboardHttp http = new DashboardHttp(server.baseUrl(), new BasicAuth("test", "test"));
        gateway = new HostedMessagingGateway(http, new JaxbCodec(), new XmlTemplates(), TestNumbers.ACCOUNT,
                TestNumbers.SITE, TestNumbers.PEER);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void importPostsOrderDocument() {
        String id = gateway.importBatch("HM-1001", Arrays.asList("9195550150", "9195550151"));

        assertEquals("imp-1", id);
        assertEquals("/accounts/9900417/importTnOrders", server.last().path());
        assertEquals(Fixtures.compactXml(Fixtures.read("fixtures/requests/expected-import-order.xml")),
                Fixtures.compactXml(server.last().body()));
    }

    @Test
    void removalUsesTheTemplate() {
        List<String> numbers = Arrays.asList(TestNumbers.RALEIGH_1_E164);
        gateway.remove("HM-1002", numbers);

        assertEquals("/accounts/9900417/removeImportedTnOrders", server.last().path());
    }

    @Test
    void voiceImportsUseTheVoiceRoute() {
        gateway.importForVoice("HM-1003", Arrays.asList("+17045550123"));

        assertEquals("/accounts/9900417/importTnOrders/voice", server.last().path());
    }
}
