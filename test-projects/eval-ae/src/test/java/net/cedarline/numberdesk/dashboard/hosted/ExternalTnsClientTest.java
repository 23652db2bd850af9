package net.cedarline.numberdesk.dashboard.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.cedarline.numberdesk.templates.RequestTemplates;
import net.cedarline.numberdesk.testutil.RecordingTransport;
import net.cedarline.numberdesk.testutil.TestSettings;

class ExternalTnsClientTest {

    private final RecordingTransport transport = new RecordingTransport();
    private final ExternalTnsClient client =
            new ExternalTnsClient(transport, TestSettings.urls(), TestSettings.dashboard(), new RequestTemplates());

    @Test
    void addSendsAnImportAction() {
        transport.respond(201, "<ExternalTnsOrderResponse><OrderId>ext-9</OrderId></ExternalTnsOrderResponse>");

        assertEquals("ext-9", client.add("ext-onboard-7", List.of("9195550150", "9195550151")));

        RecordingTransport.Request request = transport.last();
        assertEquals(TestSettings.BASE + "/accounts/" + TestSettings.ACCOUNT + "/externalTns", request.url());
        assertTrue(request.body().contains("<Action>IMPORT</Action>"));
        assertTrue(request.body().contains("<LoaType>CARRIER</LoaType>"));
    }

    @Test
    void registeredIsPaged() {
        client.registered(3);

        assertTrue(transport.last().url().contains("/externalTns?page=3&size=250"));
    }
}
