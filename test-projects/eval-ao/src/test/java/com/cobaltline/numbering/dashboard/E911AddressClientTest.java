package com.cobaltline.numbering.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.cobaltline.numbering.model.E911Address;
import com.cobaltline.numbering.transport.DashboardTransport;
import com.cobaltline.numbering.transport.RecordingTransport;
import com.cobaltline.numbering.transport.XmlCodec;

class E911AddressClientTest {

    private RecordingTransport transport;
    private E911AddressClient client;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        client = new E911AddressClient(transport, RecordingTransport.settings(), new XmlCodec());
    }

    private static E911Address raleighOffice() {
        E911Address address = new E911Address();
        address.setHouseNumber("900");
        address.setStreetName("Main Campus Dr");
        address.setCity("Raleigh");
        address.setStateCode("NC");
        address.setZip("27606");
        return address;
    }

    @Test
    void createPostsToTheAccountAddresses() {
        transport.answer("https://dashboard.example/accounts/5001234/addresses/88213");

        String id = client.create(raleighOffice());

        assertEquals("88213", id);
        assertEquals("POST", transport.last().method());
        assertEquals("/accounts/5001234/addresses", transport.last().path());
        assertTrue(transport.last().body().contains("<Zip>27606</Zip>"));
    }

    @Test
    void getAndDeleteUseTheAddressId() {
        transport.answer("<Address><Id>88213</Id><City>Raleigh</City></Address>");

        E911Address address = client.get("88213");
        client.delete("88213");

        assertEquals("Raleigh", address.getCity());
        assertEquals("/accounts/5001234/addresses/88213", transport.calls().get(0).path());
        assertEquals("DELETE", transport.calls().get(1).method());
    }

    @Test
    void listReadsIdsOfOnePage() {
        transport.answer("<Addresses><Address><Id>1</Id></Address><Address><Id>2</Id></Address></Addresses>");

        List<String> ids = client.listIds(1);

        assertEquals(List.of("1", "2"), ids);
        assertTrue(transport.last().path().startsWith("/accounts/5001234/addresses?"));
    }

    @Test
    void probeFailsWhenTheDashboardDoes() {
        DashboardTransport failing = new RecordingTransport() {
            @Override
            public String get(String pathAndQuery) {
                throw new DashboardTransport.DashboardException(503, "unavailable");
            }
        };
        E911AddressClient broken = new E911AddressClient(failing, RecordingTransport.settings(), new XmlCodec());

        assertFalse(broken.reachable());
    }
}
