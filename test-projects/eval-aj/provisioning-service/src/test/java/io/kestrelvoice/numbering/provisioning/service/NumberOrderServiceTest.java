package io.kestrelvoice.numbering.provisioning.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.Order;
import io.kestrelvoice.numbering.dashboard.DashboardProperties;
import io.kestrelvoice.numbering.dashboard.api.OrderClient;
import io.kestrelvoice.numbering.provisioning.config.ProvisioningProperties;
import io.kestrelvoice.numbering.testsupport.DashboardFixtures;
import io.kestrelvoice.numbering.testsupport.MockDashboard;
import io.kestrelvoice.numbering.testsupport.RequestRecorder.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.match.MockRestRequestMatchers;
import org.springframework.test.web.client.response.MockRestResponseCreators;
import io.kestrelvoice.numbering.testsupport.FixtureLoader;

class NumberOrderServiceTest {

    private MockDashboard dashboard;
    private NumberOrderService service;

    @BeforeEach
    void setUp() {
        DashboardProperties props = new DashboardProperties();
        props.setAccountId(DashboardFixtures.ACCOUNT_ID);
        props.setSiteId(DashboardFixtures.SITE_ID);
        props.setSipPeerId(DashboardFixtures.SIP_PEER_ID);
        dashboard = MockDashboard.create();
        service = new NumberOrderService(mock(IrisClient.class),
                new OrderClient(dashboard.client(), DashboardFixtures.SITE_ID),
                props,
                new ProvisioningProperties(10, 2, List.of(), "Ops"));
    }

    @Test
    void smallOrdersAreBuiltAsSdkModels() {
        Order order = service.buildOrder("KV-ORD-1", List.of("9195550104", "9195550105"));

        assertThat(order.getExistingTelephoneNumberOrderType().getTelephoneNumberList())
                .containsExactly("9195550104", "9195550105");
        assertThat(order.getSiteId()).isEqualTo("4501");
    }

    @Test
    void largeOrdersGoThroughTheRawClient() throws Exception {
        dashboard.server()
                .expect(MockRestRequestMatchers.requestTo(DashboardFixtures.accountUrl() + "/orders"))
                .andRespond(MockRestResponseCreators.withSuccess(FixtureLoader.load("order-response.xml"), MediaType.APPLICATION_XML));

        String orderId = service.order("KV-ORD-2", DashboardFixtures.ORDER_NUMBERS);

        RecordedRequest request = dashboard.recorder().single();
        assertThat(orderId).isEqualTo(DashboardFixtures.ORDER_ID);
        assertThat(request.path()).isEqualTo("/api/accounts/9900012/orders");
        assertThat(request.body()).contains("<TelephoneNumber>9845550102</TelephoneNumber>");
    }
}
