package net.cobaltline.inventory.service;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import net.cobaltline.inventory.client.DashboardAccountsClient;
import net.cobaltline.inventory.client.DashboardTargets;
import net.cobaltline.inventory.model.dashboard.AvailableNpaNxxResponse;
import net.cobaltline.inventory.model.dashboard.E911AddressPayload;
import net.cobaltline.inventory.support.DashboardStubs;
import net.cobaltline.inventory.support.TestDashboardConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static net.cobaltline.inventory.support.DashboardStubs.API;
import static net.cobaltline.inventory.support.DashboardStubs.BASE_PATH;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardReadServicesTest {

    @RegisterExtension
    static WireMockExtension wm = DashboardStubs.server();

    private NumberSearchService search;
    private E911AddressService e911;

    @BeforeEach
    void setUp() {
        TestDashboardConfig config = TestDashboardConfig.pointingAt(wm.baseUrl() + BASE_PATH);
        DashboardAccountsClient accounts = DashboardStubs.restClient(wm, BASE_PATH, DashboardAccountsClient.class);
        DashboardTargets targets = new DashboardTargets(config);

        search = new NumberSearchService();
        search.accounts = accounts;
        search.targets = targets;
        search.config = config;

        e911 = new E911AddressService();
        e911.accounts = accounts;
        e911.targets = targets;
        e911.config = config;
    }

    @Test
    void searchesAvailableNumbersByAreaCode() {
        wm.stubFor(get(urlPathEqualTo(API + "/availableNumbers"))
                .withQueryParam("areaCode", equalTo("919"))
                .willReturn(aResponse().withHeader("Content-Type", "application/xml").withBody("""
                        <SearchResult>
                            <ResultCount>2</ResultCount>
                            <TelephoneNumberList>
                                <TelephoneNumber>9195550180</TelephoneNumber>
                                <TelephoneNumber>9195550181</TelephoneNumber>
                            </TelephoneNumberList>
                        </SearchResult>
                        """)));

        List<String> numbers = search.availableInAreaCode(919, 2);

        assertThat(numbers).containsExactly("9195550180", "9195550181");
        wm.verify(getRequestedFor(urlPathEqualTo(API + "/availableNumbers"))
                .withQueryParam("quantity", equalTo("2")));
    }

    @Test
    void filtersExchangesOfTheRequestedAreaCode() {
        wm.stubFor(get(urlPathEqualTo("/api/accounts/9900712/availableNpaNxx"))
                .willReturn(aResponse().withHeader("Content-Type", "application/xml")
                        .withBody(DashboardStubs.fixture("available-npanxx.xml"))));

        List<AvailableNpaNxxResponse.Block> blocks = search.exchangesWithStock("919", 5);

        assertThat(blocks).extracting(AvailableNpaNxxResponse.Block::getNxx).containsExactly("555", "436");
        wm.verify(getRequestedFor(urlPathEqualTo("/api/accounts/9900712/availableNpaNxx"))
                .withQueryParam("areaCode", equalTo("919")));
    }

    @Test
    void sendsTheCountryWithTheAreaCodeOnTheNewSearch() {
        wm.stubFor(get(urlPathEqualTo(API + "/availableNumbers"))
                .willReturn(aResponse().withHeader("Content-Type", "application/xml")
                        .withBody("<SearchResult><ResultCount>0</ResultCount></SearchResult>")));

        search.availableInAreaCode("CAN", "604", 5);

        wm.verify(getRequestedFor(urlPathEqualTo(API + "/availableNumbers"))
                .withQueryParam("countryCodeA3", equalTo("CAN"))
                .withQueryParam("areaCode", equalTo("604")));
    }

    @Test
    void readsAllE911Addresses() {
        // stub for the list comes from wiremock/mappings/e911-addresses.json
        List<E911AddressPayload> addresses = e911.allAddresses();

        assertThat(addresses).hasSize(2);
        assertThat(addresses.get(0).singleLine()).isEqualTo("1200 Crabtree Valley Ave, Raleigh, NC 27612");
    }

    @Test
    void readsOneE911Address() {
        wm.stubFor(get(urlPathEqualTo(API + "/addresses/ADDR-77"))
                .willReturn(aResponse().withHeader("Content-Type", "application/xml").withBody("""
                        <Address><Id>ADDR-77</Id><HouseNumber>9</HouseNumber><StreetName>Main St</StreetName>
                        <City>Durham</City><StateCode>NC</StateCode><Zip>27701</Zip></Address>
                        """)));

        assertThat(e911.address("ADDR-77").getCity()).isEqualTo("Durham");
    }

    @Test
    void buildsAddressLinksForTheAuditMail() {
        URI link = e911.addressLink("ADDR-77");

        assertThat(link.toString()).endsWith("/api/accounts/9900712/addresses/ADDR-77");
    }
}
