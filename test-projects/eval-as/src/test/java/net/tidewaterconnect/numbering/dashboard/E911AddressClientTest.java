package net.tidewaterconnect.numbering.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

import java.util.List;

import net.tidewaterconnect.numbering.config.DashboardProperties;
import net.tidewaterconnect.numbering.config.TestDashboardClients;
import net.tidewaterconnect.numbering.dashboard.api.E911AddressApi;
import net.tidewaterconnect.numbering.dashboard.model.E911Address;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.junit.jupiter.MockServerExtension;
import org.mockserver.verify.VerificationTimes;
import org.springframework.web.client.RestClient;

@ExtendWith(MockServerExtension.class)
class E911AddressClientTest {

    private static final String ADDRESSES = "/api/accounts/5009876/addresses";

    private static final String ADDRESS_LIST = """
            <AddressListResponse>
                <TotalCount>1</TotalCount>
                <Addresses>
                    <Address>
                        <Id>a-7781</Id>
                        <HouseNumber>5800</HouseNumber>
                        <StreetName>Lake Wright</StreetName>
                        <StreetSuffix>Dr</StreetSuffix>
                        <City>Norfolk</City>
                        <StateCode>VA</StateCode>
                        <Zip>23502</Zip>
                        <Country>US</Country>
                    </Address>
                </Addresses>
            </AddressListResponse>
            """;

    private final ClientAndServer server;
    private E911AddressClient client;
    private E911AddressApi api;

    E911AddressClientTest(ClientAndServer server) {
        this.server = server;
    }

    @BeforeEach
    void setUp() {
        server.reset();
        DashboardProperties props = TestDashboardClients.props(server.getPort());
        RestClient rest = TestDashboardClients.restClient(props);
        client = new E911AddressClient(rest, props);
        api = TestDashboardClients.proxyFactory(rest).createClient(E911AddressApi.class);
    }

    @Test
    void pagesThroughTheAddressBook() {
        server.when(request().withMethod("GET").withPath(ADDRESSES)
                        .withQueryStringParameter("page", "1"))
                .respond(response().withStatusCode(200).withHeader("Content-Type", "application/xml")
                        .withBody(ADDRESS_LIST));
        server.when(request().withMethod("GET").withPath(ADDRESSES)
                        .withQueryStringParameter("page", "2"))
                .respond(response().withStatusCode(200).withHeader("Content-Type", "application/xml")
                        .withBody("<AddressListResponse><TotalCount>1</TotalCount></AddressListResponse>"));

        List<E911Address> all = client.listAll();

        assertThat(all).extracting(E911Address::id).containsExactly("a-7781");
    }

    @Test
    void deletesThroughTheDeclarativeClient() {
        server.when(request().withMethod("DELETE").withPath(ADDRESSES + "/a-7781"))
                .respond(response().withStatusCode(200));

        api.delete("a-7781");

        server.verify(request().withMethod("DELETE").withPath(ADDRESSES + "/a-7781"),
                VerificationTimes.once());
    }

    @Test
    void linkPointsAtTheDashboard() {
        assertThat(client.addressLink("a-7781"))
                .isEqualTo("http://localhost:" + server.getPort() + "/api/accounts/5009876/addresses/a-7781");
    }
}
