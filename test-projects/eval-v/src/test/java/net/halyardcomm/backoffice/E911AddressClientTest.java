package net.halyardcomm.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.halyardcomm.backoffice.e911.E911AddressClient;
import net.halyardcomm.backoffice.http.BasicAuth;
import net.halyardcomm.backoffice.http.DashboardHttp;
import net.halyardcomm.backoffice.support.RecordingHttpServer;
import net.halyardcomm.backoffice.support.TestNumbers;
import net.halyardcomm.backoffice.xml.E911AddressXml;
import net.halyardcomm.backoffice.xml.JaxbCodec;

class E911AddressClientTest {

    private static final String TWO_ADDRESSES = "<Addresses>"
            + "<Address><Id>a-1</Id><HouseNumber>900</HouseNumber><StreetName>Main Campus Dr</StreetName>"
            + "<City>Raleigh</City><StateCode>NC</StateCode><Zip>27606</Zip></Address>"
            + "<Address><Id>a-2</Id><HouseNumber>210</HouseNumber><StreetName>S Tryon St</StreetName>"
            + "<City>Charlotte</City><StateCode>NC</StateCode><Zip>28202</Zip></Address>"
            + "</Addresses>";

    private RecordingHttpServer server;
    private E911AddressClient client;

    @BeforeEach
    void setUp() throws Exception {
        server = RecordingHttpServer.start()
                .respond("GET", "/accounts/9900417/addresses", 200, TWO_ADDRESSES)
                .respond("POST", "/accounts/9900417/", 201, "",
                        "https://dashboard.bandwidth.com/api/accounts/9900417/addresses/a-3");
        client = new E911AddressClient(new DashboardHttp(server.baseUrl(), new BasicAuth("t", "t")), new JaxbCodec(),
                TestNumbers.ACCOUNT);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void listsAddresses() {
        List<E911AddressXml> addresses = client.list(1, 50);

        assertEquals(2, addresses.size());
        assertEquals("/accounts/9900417/addresses", server.last().path());
        assertEquals("page=1&size=50", server.last().query());
    }

    @Test
    void createReturnsIdFromLocation() {
        String id = client.create(new E911AddressXml("900", "Main Campus Dr", "Raleigh", "NC", "27606"));
        assertEquals("a-3", id);
    }
}
