package net.cedarline.numberdesk.dashboard.e911;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.cedarline.numberdesk.templates.RequestTemplates;
import net.cedarline.numberdesk.testutil.RecordingTransport;
import net.cedarline.numberdesk.testutil.TestSettings;

class E911ClientTest {

    private RecordingTransport transport;
    private E911Client client;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        client = new E911Client(transport, TestSettings.dashboard(), TestSettings.urls(), new RequestTemplates());
    }

    @Test
    void listsAddressesOfTheAccount() {
        transport.respond(200, """
                <AddressesResponse>
                  <Addresses>
                    <Address><Id>A-77</Id><HouseNumber>410</HouseNumber><StreetName>Glenwood Ave</StreetName>
                      <City>Raleigh</City><StateCode>NC</StateCode><Zip>27603</Zip><Country>US</Country></Address>
                  </Addresses>
                </AddressesResponse>
                """);

        List<E911Address> addresses = client.listAddresses();

        assertEquals(1, addresses.size());
        assertEquals("A-77", addresses.get(0).id());
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900412/addresses", transport.last().url());
    }

    @Test
    void deletesAddressById() {
        client.deleteAddress("A-77");

        assertEquals("DELETE", transport.last().method());
        assertTrue(transport.last().url().endsWith("/accounts/9900412/addresses/A-77"));
    }

    @Test
    void exportUrlCarriesTheAccount() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900412/addresses?type=e911&page=1&size=500", client.exportUrl());
    }

    @Test
    void provisionSendsTheNumberInTheE911Order() {
        transport.respondCreated("https://dashboard.bandwidth.com/api/accounts/9900412/e911s/e911-55");
        E911Address noc = new E911Address(null, "410", "Glenwood Ave", "Raleigh", "NC", "27603", "US");

        String id = client.provision("9195550100", noc, "Cedarline NOC");

        assertEquals("e911-55", id);
        assertTrue(transport.last().url().endsWith("/e911s"));
        assertTrue(transport.last().body().contains("<TelephoneNumber>9195550100</TelephoneNumber>"));
    }
}
