package net.kestreltel.numgate.dashboard;

import static net.kestreltel.numgate.support.DashboardTestSupport.ACCOUNT_PATH;
import static net.kestreltel.numgate.support.DashboardTestSupport.codec;
import static net.kestreltel.numgate.support.DashboardTestSupport.created;
import static net.kestreltel.numgate.support.DashboardTestSupport.props;
import static net.kestreltel.numgate.support.DashboardTestSupport.take;
import static net.kestreltel.numgate.support.DashboardTestSupport.webClient;
import static net.kestreltel.numgate.support.DashboardTestSupport.xml;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import net.kestreltel.numgate.config.DashboardProperties;
import net.kestreltel.numgate.dashboard.xml.E911Address;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class E911AddressClientTest {

    private static final String ADDRESS = """
            <Address>
                <Id>e911-7731</Id>
                <HouseNumber>1200</HouseNumber>
                <StreetName>Hillsborough St</StreetName>
                <City>Raleigh</City>
                <StateCode>NC</StateCode>
                <Zip>27605</Zip>
                <AddressType>E911</AddressType>
            </Address>
            """;

    private MockWebServer server;
    private E911AddressClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        DashboardProperties props = props(server);
        client = new E911AddressClient(webClient(props), props, codec());
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void listsAddressesPageByPage() throws Exception {
        server.enqueue(xml("<AddressesResponse><TotalCount>1</TotalCount><Addresses>" + ADDRESS + "</Addresses></AddressesResponse>"));

        StepVerifier.create(client.listAddresses())
                .assertNext(a -> assertThat(a.zip()).isEqualTo("27605"))
                .verifyComplete();

        assertThat(take(server).getPath()).isEqualTo("/api/accounts/9900123/addresses?page=1&size=500");
    }

    @Test
    void getsOneAddress() throws Exception {
        server.enqueue(xml(ADDRESS));

        StepVerifier.create(client.getAddress("e911-7731"))
                .assertNext(a -> assertThat(a.city()).isEqualTo("Raleigh"))
                .verifyComplete();

        assertThat(take(server).getPath()).isEqualTo(ACCOUNT_PATH + "/addresses/e911-7731");
    }

    @Test
    void createAnswersTheIdFromTheLocationHeader() throws Exception {
        server.enqueue(created("https://dashboard.bandwidth.com/api/accounts/9900123/addresses/e911-8812"));
        E911Address address = new E911Address(null, "1200", "Hillsborough St", "Raleigh", "NC", "27605", "E911");

        StepVerifier.create(client.createAddress(address))
                .expectNext("e911-8812")
                .verifyComplete();

        RecordedRequest request = take(server);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/api/accounts/9900123/addresses");
        assertThat(request.getBody().readUtf8()).contains("<StreetName>Hillsborough St</StreetName>");
    }

    @Test
    void endpointAddressesUseTheE911Resource() throws Exception {
        server.enqueue(xml("<AddressesResponse><TotalCount>0</TotalCount></AddressesResponse>"));

        StepVerifier.create(client.endpointAddresses("ep-1"))
                .verifyComplete();

        assertThat(take(server).getPath()).isEqualTo("/api/accounts/9900123/e911Addresses?endpointId=ep-1");
    }

    @Test
    void deleteIsSentToTheAddress() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200));

        StepVerifier.create(client.deleteAddress("e911-7731")).verifyComplete();

        RecordedRequest request = take(server);
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getPath()).endsWith("/addresses/e911-7731");
    }
}
