package net.pinecrest.numbertool.dashboard;

import net.pinecrest.numbertool.config.DashboardUrls;
import net.pinecrest.numbertool.dashboard.xml.E911Address;
import net.pinecrest.numbertool.support.Fixtures;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class AddressApiTest {

    private static final String TWO_ADDRESSES = """
            <AddressesResponse>
              <TotalCount>2</TotalCount>
              <Addresses>
                <Address>
                  <AddressId>A-77</AddressId>
                  <HouseNumber>1200</HouseNumber>
                  <StreetName>Pinecrest Pkwy</StreetName>
                  <City>Farmville</City>
                  <StateCode>VA</StateCode>
                  <Zip>239011234</Zip>
                  <AddressType>Service</AddressType>
                </Address>
                <Address>
                  <AddressId>A-78</AddressId>
                  <HouseNumber>9</HouseNumber>
                  <StreetName>Depot St</StreetName>
                  <City>Staunton</City>
                  <StateCode>VA</StateCode>
                  <Zip>24401</Zip>
                  <AddressType>Service</AddressType>
                </Address>
              </Addresses>
            </AddressesResponse>
            """;

    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void listsAddressesPageByPage() throws Exception {
        server.enqueue(Fixtures.xmlBody(TWO_ADDRESSES));
        AddressApi api = DashboardRetrofitFactory.create(server.url("/"), "u", "p", Duration.ofSeconds(5))
                .create(AddressApi.class);

        E911Address.Page page = api.list(Fixtures.ACCOUNT, 1, 100).execute().body();

        RecordedRequest request = server.takeRequest();
        assertThat(request.getPath()).isEqualTo("/accounts/9900217/addresses?page=1&size=100");
        assertThat(page).isNotNull();
        assertThat(page.addresses()).extracting(E911Address::addressId).containsExactly("A-77", "A-78");
        assertThat(page.addresses().get(0).oneLine()).isEqualTo("1200 Pinecrest Pkwy, Farmville, VA 23901");
    }

    @Test
    void pathsAreBuiltOnTheConfiguredBase() {
        DashboardPaths paths = new DashboardPaths(DashboardUrls.PROD_BASE, Fixtures.ACCOUNT);

        assertThat(paths.addresses())
                .isEqualTo("https://dashboard.bandwidth.com/api/accounts/9900217/addresses");
        assertThat(paths.address("A-77")).endsWith("/accounts/9900217/addresses/A-77");
        assertThat(paths.inservice("804")).endsWith("/inserviceNumbers?areaCode=804");
    }

    @Test
    void pilotPathsUseTheNewAddressResource() {
        DashboardPaths pilot = new DashboardPaths("https://dashboard.bandwidth.com/api/v2", Fixtures.ACCOUNT);

        assertThat(pilot.account("e911Addresses"))
                .isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/9900217/e911Addresses");
    }
}
