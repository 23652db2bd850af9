package com.kestrelvoice.numlife.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class E911AddressClientTest {

    private static final String ADDRESSES_XML = """
            <Addresses>
                <Address>
                    <AddressId>a-1001</AddressId>
                    <HouseNumber>410</HouseNumber>
                    <StreetName>Glenwood Ave</StreetName>
                    <City>Raleigh</City>
                    <StateCode>NC</StateCode>
                    <Zip>27603</Zip>
                    <CallbackNumber>9194240100</CallbackNumber>
                </Address>
            </Addresses>
            """;

    private MockRestServiceServer server;
    private E911AddressClient client;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = RestClient.builder();
        server = MockRestServiceServer.bindTo(builder).build();
        client = new E911AddressClient(builder.build(), DashboardTestSupport.properties(DashboardTestSupport.BASE_URL));
    }

    @Test
    void listsTheAccountsAddresses() {
        server.expect(requestTo("https://dashboard.bandwidth.com/api/accounts/9900123/addresses"))
                .andRespond(withSuccess(ADDRESSES_XML, MediaType.APPLICATION_XML));

        assertThat(client.listAll()).contains("<CallbackNumber>9194240100</CallbackNumber>");
    }

    @Test
    void v2ListingUsesE911Addresses() {
        server.expect(requestTo("https://dashboard.bandwidth.com/api/v2/accounts/9900123/e911Addresses"))
                .andRespond(withSuccess(ADDRESSES_XML, MediaType.APPLICATION_XML));

        assertThat(client.listAllV2()).contains("a-1001");
    }
}
