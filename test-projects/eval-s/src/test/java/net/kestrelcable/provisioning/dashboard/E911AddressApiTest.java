package net.kestrelcable.provisioning.dashboard;

import static net.kestrelcable.provisioning.support.TestFixtures.ACCOUNT;
import static net.kestrelcable.provisioning.support.TestFixtures.DASHBOARD;
import static net.kestrelcable.provisioning.support.TestFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withNoContent;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import net.kestrelcable.provisioning.config.DashboardRestClientConfig;
import net.kestrelcable.provisioning.dashboard.xml.E911AddressPayload;
import net.kestrelcable.provisioning.e911.E911AddressSyncService;
import net.kestrelcable.provisioning.support.TestFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

class E911AddressApiTest {

    private MockRestServiceServer server;
    private E911AddressApi api;
    private RestClient restClient;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = DashboardRestClientConfig.configure(RestClient.builder(),
                TestFixtures.dashboardProps(), TestFixtures.xmlMapper());
        server = MockRestServiceServer.bindTo(builder).build();
        restClient = builder.build();
        api = HttpServiceProxyFactory.builderFor(RestClientAdapter.create(restClient)).build()
                .createClient(E911AddressApi.class);
    }

    @Test
    void listsAddressesPageByPage() {
        server.expect(requestTo("https://dashboard.bandwidth.com/api/accounts/9900012/addresses?page=1&size=500"))
                .andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess(read("fixtures/e911-addresses.xml"), MediaType.APPLICATION_XML));

        E911AddressPayload.Page page = api.list(ACCOUNT, 1, 500);

        assertThat(page.items()).extracting(E911AddressPayload::addressId).containsExactly("ADDR-88123", "ADDR-88124");
        assertThat(page.items().get(0).oneLine()).isEqualTo("1801 California St, Denver, CO 80202");
    }

    @Test
    void deletesAnAddress() {
        server.expect(requestTo(DASHBOARD + "/accounts/" + ACCOUNT + "/addresses/ADDR-88123"))
                .andExpect(method(HttpMethod.DELETE))
                .andRespond(withNoContent());

        api.delete(ACCOUNT, "ADDR-88123");

        server.verify();
    }

    @Test
    void syncAsksForTheTotalFirst() {
        server.expect(requestTo(DASHBOARD + "/accounts/9900012/addresses?page=1&size=1"))
                .andRespond(withSuccess("<AddressListResponse><TotalCount>2</TotalCount></AddressListResponse>",
                        MediaType.APPLICATION_XML));
        server.expect(requestTo(DASHBOARD + "/accounts/9900012/addresses?page=1&size=500"))
                .andRespond(withSuccess(read("fixtures/e911-addresses.xml"), MediaType.APPLICATION_XML));
        JdbcTemplate jdbc = mock(JdbcTemplate.class);

        new E911AddressSyncService(api, restClient, jdbc, TestFixtures.dashboardProps()).sync();

        server.verify();
        verify(jdbc, times(2)).update(anyString(), any(), any(), any(), any(), any());
    }
}
