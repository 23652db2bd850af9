package net.northvale.voice.provisioning.dashboard;

import net.northvale.voice.provisioning.dashboard.xml.E911AddressListXml;
import net.northvale.voice.provisioning.dashboard.xml.E911AddressXml;
import net.northvale.voice.provisioning.support.FakeDashboardServer;
import net.northvale.voice.provisioning.support.TestDashboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static net.northvale.voice.provisioning.support.TestDashboard.ACCOUNT_PATH;
import static net.northvale.voice.provisioning.support.TestDashboard.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class E911AddressClientTest {

    private FakeDashboardServer server;
    private E911AddressClient client;

    @BeforeEach
    void start() throws Exception {
        server = new FakeDashboardServer();
        client = new E911AddressClient(TestDashboard.client(server));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listsTheAccountsAddresses() {
        server.respond("/api/accounts/9900123/addresses", 200, fixture("e911-addresses.xml"));

        E911AddressListXml list = client.listAddresses(1, 50);

        assertEquals(2, list.getTotalCount());
        assertEquals("GET", server.last().method());
        assertEquals("/api/accounts/9900123/addresses", server.last().path());
        assertEquals("page=1&size=50", server.last().query());
    }

    @Test
    void readsOneAddressThroughTheTemplate() {
        server.respond(ACCOUNT_PATH + "/addresses/", 200, """
                <Address>
                    <Id>A-88</Id>
                    <HouseNumber>1400</HouseNumber>
                    <StreetName>Wewatta St</StreetName>
                    <City>Denver</City>
                    <StateCode>CO</StateCode>
                    <Zip>80202</Zip>
                </Address>
                """);

        E911AddressXml address = client.getAddress("A-88");

        assertEquals("Wewatta St", address.getStreetName());
        assertEquals(ACCOUNT_PATH + "/addresses/A-88", server.last().path());
    }

    @Test
    void createsAnAddressAndReturnsItsId() {
        server.created(ACCOUNT_PATH, ACCOUNT_PATH + "/addresses/A-91");
        E911AddressXml address = new E911AddressXml();
        address.setHouseNumber("2250");
        address.setStreetName("Broadway");
        address.setCity("Boulder");
        address.setStateCode("CO");
        address.setZip("80302");

        String id = client.createAddress(address);

        assertEquals("A-91", id);
        assertEquals("POST", server.last().method());
        assertTrue(server.last().body().contains("<StreetName>Broadway</StreetName>"));
    }

    @Test
    void deleteToleratesAddressesStillInUse() {
        server.respond(ACCOUNT_PATH, 409, "<ErrorResponse><Description>in use</Description></ErrorResponse>");

        client.deleteAddress("A-12");

        assertEquals("DELETE", server.last().method());
        assertEquals("/api/accounts/9900123/addresses/A-12", server.last().path());
    }
}
