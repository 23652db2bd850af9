package net.prairiewave.numbering.e911;

import net.prairiewave.numbering.testing.Fixtures;
import net.prairiewave.numbering.testing.RecordedRequest;
import net.prairiewave.numbering.testing.RecordingDashboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class E911AddressClientTest {

    private RecordingDashboard fake;
    private E911AddressClient client;

    @BeforeEach
    void setUp() throws Exception {
        fake = RecordingDashboard.start()
                .respond("/api/accounts/", Fixtures.load("e911-addresses.xml"));
        client = new E911AddressClient(Fixtures.httpWithApiPrefix(fake));
    }

    @AfterEach
    void tearDown() {
        fake.close();
    }

    @Test
    void listsAddressIds() {
        List<String> ids = client.listAddressIds();

        assertEquals(List.of("AD-40112", "AD-40113"), ids);
        assertEquals("/api/accounts/9900417/addresses", fake.only().path());
    }

    @Test
    void createsAddressWithServiceType() {
        fake.respond("/api/accounts/9900417/addresses", 201,
                "<AddressCreationResponse><AddressId>AD-40200</AddressId></AddressCreationResponse>");
        E911Address address = new E911Address("401", "Phillips", "Ave", null, "Sioux Falls", "SD", "57104",
                null, "PrairieWave HQ");

        String id = client.createAddress(address);

        RecordedRequest request = fake.only();
        assertEquals("AD-40200", id);
        assertEquals("POST", request.method());
        assertEquals("/api/accounts/" + Fixtures.ACCOUNT + "/addresses", request.path());
        assertTrue(request.body().contains("<AddressType>Service</AddressType>"));
    }

    @Test
    void deletesSingleAddress() {
        fake.respond("/api/accounts/9900417/addresses/AD-40112", 200, "");

        client.deleteAddress("AD-40112");

        assertEquals("DELETE", fake.only().method());
        assertTrue(fake.only().path().endsWith("/addresses/AD-40112"));
    }
}
