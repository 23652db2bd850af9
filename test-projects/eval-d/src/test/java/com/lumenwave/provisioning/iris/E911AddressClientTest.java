package com.lumenwave.provisioning.iris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import com.lumenwave.provisioning.config.IrisProperties;
import com.lumenwave.provisioning.iris.dto.E911Address;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class E911AddressClientTest {

    private final IrisProperties props = new IrisProperties("https://test.dashboard.bandwidth.com/api", null, null,
            "9900777", "user", "secret", "1204", "88413", null, "USA");

    @Test
    void listsAccountAddresses() {
        RestClient.Builder builder = RestClient.builder().baseUrl(props.baseUrl());
        MockRestServiceServer server = MockRestServiceServer.bindTo(builder).build();
        server.expect(requestTo("https://test.dashboard.bandwidth.com/api/accounts/9900777/addresses"))
                .andRespond(withSuccess("""
                        <E911AddressList>
                          <TotalCount>1</TotalCount>
                          <Addresses>
                            <Address>
                              <Id>a-17</Id>
                              <HouseNumber>410</HouseNumber>
                              <StreetName>Blount St</StreetName>
                              <City>Raleigh</City>
                              <StateCode>NC</StateCode>
                              <Zip>27601</Zip>
                            </Address>
                          </Addresses>
                        </E911AddressList>
                        """, MediaType.APPLICATION_XML));

        List<E911Address> addresses = new E911AddressClient(builder.build(), props).list();

        assertEquals(1, addresses.size());
        assertEquals("Raleigh", addresses.get(0).city());
        server.verify();
    }

    @Test
    void buildsSupportDeepLink() {
        E911AddressClient client = new E911AddressClient(RestClient.create(), props);

        assertEquals("https://test.dashboard.bandwidth.com/api/accounts/9900777/addresses/a-17",
                client.addressUri("a-17").toString());
    }
}
