package net.kestrelcable.provisioning.ordering;

import static net.kestrelcable.provisioning.support.TestFixtures.DASHBOARD;
import static net.kestrelcable.provisioning.support.TestFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.queryParam;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import net.kestrelcable.provisioning.config.DashboardRestClientConfig;
import net.kestrelcable.provisioning.dashboard.DashboardClient;
import net.kestrelcable.provisioning.persistence.TnInventoryRepository;
import net.kestrelcable.provisioning.support.TestFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class NumberOrderServiceTest {

    private MockRestServiceServer server;
    private TnInventoryRepository inventory;
    private NumberOrderService service;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = DashboardRestClientConfig.configure(RestClient.builder(),
                TestFixtures.dashboardProps(), TestFixtures.xmlMapper());
        server = MockRestServiceServer.bindTo(builder).build();
        RestClient restClient = builder.build();
        inventory = mock(TnInventoryRepository.class);
        service = new NumberOrderService(new DashboardClient(restClient, TestFixtures.dashboardProps()), restClient,
                new AreaCodeOrderBuilder(), inventory, TestFixtures.dashboardProps(), TestFixtures.CLOCK);
    }

    @Test
    void ordersTheFirstAvailableNumbers() {
        server.expect(requestTo(startsWith(DASHBOARD + "/accounts/9900012/availableNumbers")))
                .andExpect(queryParam("quantity", "5"))
                .andRespond(withSuccess(read("fixtures/available-numbers.xml"), MediaType.APPLICATION_XML));
        server.expect(requestTo(DASHBOARD + "/accounts/9900012/orders"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().xml(read("requests/expected-order.xml")))
                .andRespond(withSuccess(read("fixtures/order-response.xml"), MediaType.APPLICATION_XML));

        NumberOrderService.OrderResult result = service.orderForCustomer("C1001", "303", 2);

        server.verify();
        assertThat(result.status()).isEqualTo("COMPLETE");
        verify(inventory).insert("3035550142", "C1001", 303, "RESERVED", "f6e5d4c3-2b1a-4c9d-8e7f-6a5b4c3d2e1f");
        verify(inventory).insert("3035550143", "C1001", 303, "RESERVED", "f6e5d4c3-2b1a-4c9d-8e7f-6a5b4c3d2e1f");
    }

    @Test
    void poolTopUpLetsTheDashboardPick() {
        server.expect(requestTo(DASHBOARD + "/accounts/9900012/orders"))
                .andExpect(content().string(containsString("<AreaCode>719</AreaCode>")))
                .andRespond(withSuccess(read("fixtures/order-response.xml"), MediaType.APPLICATION_XML));

        service.orderAnyInAreaCode("POOL-COS-719", 719, 15);

        server.verify();
        verify(inventory).addPendingOrder(anyString(), anyString());
    }
}
