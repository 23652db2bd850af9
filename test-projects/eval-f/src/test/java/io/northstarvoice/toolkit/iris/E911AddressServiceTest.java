package io.northstarvoice.toolkit.iris;

import io.northstarvoice.toolkit.TestConfigs;
import io.northstarvoice.toolkit.http.IrisRequest;
import io.northstarvoice.toolkit.http.RecordingTransport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class E911AddressServiceTest {

    private final RecordingTransport transport = new RecordingTransport();
    private final E911AddressService service = new E911AddressService(transport, TestConfigs.sandbox());

    @Test
    void deleteTargetsTheAddress() {
        service.delete("A-77");

        IrisRequest sent = transport.last();
        assertEquals(IrisRequest.Method.DELETE, sent.method());
        assertTrue(sent.uri().getPath().endsWith("/accounts/9900012/addresses/A-77"));
    }

    @Test
    void createReturnsIdFromLocation() {
        transport.created("https://test.dashboard.bandwidth.com/api/accounts/9900012/addresses/A-80");

        String id = service.create(new XmlPayloads.E911Address(null, "900", "Main Campus Dr", "Raleigh", "NC", "27606"));

        assertEquals("A-80", id);
        assertTrue(transport.last().body().contains("<StreetName>Main Campus Dr</StreetName>"));
    }

    @Test
    void permalinkUsesConfiguredBase() {
        assertEquals("https://test.dashboard.bandwidth.com/api/accounts/9900012/addresses/A-1", service.permalink("A-1"));
    }
}
