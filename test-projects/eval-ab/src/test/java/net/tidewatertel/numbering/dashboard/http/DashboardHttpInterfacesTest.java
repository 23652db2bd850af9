package net.tidewatertel.numbering.dashboard.http;

import static net.tidewatertel.numbering.support.TestFixtures.ACCOUNT;
import static net.tidewatertel.numbering.support.TestFixtures.ACCOUNT_ID;
import static net.tidewatertel.numbering.support.TestFixtures.DASHBOARD;
import static net.tidewatertel.numbering.support.TestFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import net.tidewatertel.numbering.dashboard.xml.SearchResultXml;
import net.tidewatertel.numbering.dashboard.xml.TnListXml;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * Records what the declarative clients actually send; HttpInterfaceConfig wires them the same way.
 */
class DashboardHttpInterfacesTest {

    private MockRestServiceServer server;
    private NumberSearchApi search;
    private E911AddressApi e911;
    private HostedMessagingApi hosted;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = RestClient.builder()
                .baseUrl(DASHBOARD)
                .messageConverters(converters -> converters.add(new MappingJackson2XmlHttpMessageConverter()));
        server = MockRestServiceServer.bindTo(builder).build();
        HttpServiceProxyFactory factory = HttpServiceProxyFactory
                .builderFor(RestClientAdapter.create(builder.build()))
                .build();
        search = factory.createClient(NumberSearchApi.class);
        e911 = factory.createClient(E911AddressApi.class);
        hosted = factory.createClient(HostedMessagingApi.class);
    }

    @AfterEach
    void verify() {
        server.verify();
    }

    @Test
    void searchesByAreaCode() {
        server.expect(requestTo("https://dashboard.bandwidth.com/api/accounts/5006071/availableNumbers?areaCode=757&quantity=5"))
                .andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess(fixture("search-result-757.xml"), MediaType.APPLICATION_XML));

        SearchResultXml result = search.byAreaCode(ACCOUNT_ID, "757", 5);

        assertThat(result.telephoneNumbers).contains("7575550142");
    }

    @Test
    void inServiceSearchAlreadySendsCountry() {
        server.expect(requestTo(ACCOUNT + "/inserviceNumbers?countryCodeA3=USA&areaCode=757&page=1&size=100"))
                .andRespond(withSuccess("<TNs><TotalCount>0</TotalCount></TNs>", MediaType.APPLICATION_XML));

        TnListXml page = search.inService(ACCOUNT_ID, "USA", "757", 1, 100);

        assertThat(page.totalCount).isZero();
    }

    @Test
    void listsE911Addresses() {
        server.expect(requestTo(ACCOUNT + "/addresses?page=2"))
                .andRespond(withSuccess("<Addresses/>", MediaType.APPLICATION_XML));

        assertThat(e911.list(ACCOUNT_ID, 2)).isEqualTo("<Addresses/>");
    }

    @Test
    void postsExternalTnsOrder() {
        server.expect(requestTo(ACCOUNT + "/externalTns"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().string(containsString("<Action>IMPORT</Action>")))
                .andRespond(withSuccess("<ExternalTnsOrderResponse/>", MediaType.APPLICATION_XML));

        hosted.submitExternalTns(ACCOUNT_ID, """
                <ExternalTnsOrder>
                    <CustomerOrderId>ext-901</CustomerOrderId>
                    <SiteId>4410</SiteId>
                    <SipPeerId>593201</SipPeerId>
                    <Action>IMPORT</Action>
                    <LoaType>CARRIER</LoaType>
                    <TelephoneNumbers>
                        <TelephoneNumber>7575550155</TelephoneNumber>
                    </TelephoneNumbers>
                </ExternalTnsOrder>
                """);
    }

    @Test
    void voiceImportUsesItsOwnRoute() {
        server.expect(requestTo(ACCOUNT + "/importTnOrders/voice"))
                .andExpect(method(HttpMethod.POST))
                .andRespond(withSuccess("<ImportTnOrderResponse/>", MediaType.APPLICATION_XML));

        hosted.importForVoice(ACCOUNT_ID, "<ImportTnOrder><CustomerOrderId>v-1</CustomerOrderId></ImportTnOrder>");
    }
}
