package net.kestrelcable.provisioning.messaging;

import static net.kestrelcable.provisioning.support.TestFixtures.DASHBOARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.List;

import net.kestrelcable.provisioning.config.DashboardRestClientConfig;
import net.kestrelcable.provisioning.dashboard.DashboardUris;
import net.kestrelcable.provisioning.dashboard.ImportOrdersApi;
import net.kestrelcable.provisioning.dashboard.xml.ImportTnOrderPayload;
import net.kestrelcable.provisioning.dashboard.xml.ImportTnOrderResponsePayload;
import net.kestrelcable.provisioning.support.TestFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class HostedMessagingServiceTest {

    private MockRestServiceServer server;
    private ImportOrdersApi importOrders;
    private HostedMessagingService service;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = DashboardRestClientConfig.configure(RestClient.builder(),
                TestFixtures.dashboardProps(), TestFixtures.xmlMapper());
        server = MockRestServiceServer.bindTo(builder).build();
        importOrders = mock(ImportOrdersApi.class);
        service = new HostedMessagingService(importOrders, builder.build(),
                new DashboardUris(TestFixtures.dashboardProps()), TestFixtures.dashboardProps(), mock(JdbcTemplate.class));
    }

    @Test
    void importChecksThenOrders() {
        when(importOrders.check(any())).thenReturn(new ImportTnOrderResponsePayload.CheckerResult(null, List.of()));
        when(importOrders.create(any())).thenReturn(new ImportTnOrderResponsePayload(
                new ImportTnOrderResponsePayload.Status("ord-1", "HM-C1001", "RECEIVED", List.of(), List.of())));
        ImportTnOrderPayload.ServiceAddress address =
                new ImportTnOrderPayload.ServiceAddress("1801", "California St", "Denver", "CO", "80202");
        List<String> tns = List.of("9195550123", "9195550124");

        String orderId = service.importForMessaging("C1001", "Rosa Diaz", tns, address);

        ArgumentCaptor<ImportTnOrderPayload> order = ArgumentCaptor.forClass(ImportTnOrderPayload.class);
        verify(importOrders).create(order.capture());
        assertThat(orderId).isEqualTo("ord-1");
        assertThat(order.getValue().telephoneNumbers()).containsExactlyElementsOf(tns);
        assertThat(order.getValue().loaType()).isEqualTo("CARRIER");
    }

    @Test
    void externalTnsArePostedToTheSipPeer() {
        server.expect(requestTo(DASHBOARD + "/accounts/9900012/sites/4471/sippeers/553128/externalTns"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().string(containsString("<TelephoneNumber>7205550187</TelephoneNumber>")))
                .andRespond(withSuccess());

        service.addExternalTns("EXT-C2002", List.of("7205550187", "7205550188"));

        server.verify();
    }

    @Test
    void releaseRemovesTheImport() {
        server.expect(requestTo(DASHBOARD + "/accounts/9900012/removeImportedTnOrders"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().string(containsString("<CustomerOrderId>HM-REL-C1001</CustomerOrderId>")))
                .andRespond(withSuccess());

        service.release("C1001", List.of("9195550123"));

        server.verify();
    }
}
