package com.cobaltline.numbering.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.cobaltline.numbering.model.ExternalTnsOrder;
import com.cobaltline.numbering.transport.RecordingTransport;
import com.cobaltline.numbering.transport.XmlCodec;

class HostedMessagingClientTest {

    private RecordingTransport transport;
    private HostedMessagingClient hosted;
    private ExternalTnsClient external;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        hosted = new HostedMessagingClient(transport, RecordingTransport.settings(), new XmlCodec());
        external = new ExternalTnsClient(transport, RecordingTransport.settings(), new XmlCodec());
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = HostedMessagingClientTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String squash(String xml) {
        return xml.replaceAll(">\\s+<", "><").replaceAll("<CustomerOrderId>[^<]*</CustomerOrderId>", "").trim();
    }

    @Test
    void importSendsTheNumbersOfTheLoa() throws IOException {
        transport.answer("https://dashboard.example/accounts/5001234/importTnOrders/b6c1e0a2");

        String orderId = hosted.importNumbers(List.of(
                "9195553001",
                "9195553002"), "Dana Whitfield");

        assertEquals("b6c1e0a2", orderId);
        assertEquals("/accounts/5001234/importTnOrders", transport.last().path());
        assertEquals(squash(fixture("import-tn-order.xml")), squash(transport.last().body()));
    }

    @Test
    void removalListsEveryNumber() {
        hosted.removeNumbers(List.of("9195553001"));

        assertEquals("/accounts/5001234/removeImportedTnOrders", transport.last().path());
        assertTrue(transport.last().body().contains("<TelephoneNumber>9195553001</TelephoneNumber>"));
    }

    @Test
    void historyIsReadFromTheOrder() {
        hosted.importHistory("b6c1e0a2");

        assertEquals("/accounts/5001234/importTnOrders/b6c1e0a2/history", transport.last().path());
    }

    @Test
    void externalNumbersGoThroughTheExternalTnsOrder() {
        external.submit(ExternalTnsOrder.Action.IMPORT, List.of("4158714245"), "CL-EXT-17");
        external.status("ext-991");

        assertEquals("/accounts/5001234/externalTns", transport.calls().get(0).path());
        assertTrue(transport.calls().get(0).body().contains("<Action>IMPORT</Action>"));
        assertEquals("/accounts/5001234/externalTns/ext-991", transport.last().path());
    }
}
