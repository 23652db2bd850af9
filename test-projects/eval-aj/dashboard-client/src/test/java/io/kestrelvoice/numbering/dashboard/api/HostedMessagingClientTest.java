package io.kestrelvoice.numbering.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.List;

import io.kestrelvoice.numbering.dashboard.DashboardRestClient;
import io.kestrelvoice.numbering.dashboard.DashboardUrls;
import io.kestrelvoice.numbering.dashboard.model.ImportTnOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestTemplate;

class HostedMessagingClientTest {

    private MockRestServiceServer server;
    private HostedMessagingClient client;

    @BeforeEach
    void setUp() {
        RestTemplate restTemplate = new RestTemplate();
        server = MockRestServiceServer.bindTo(restTemplate).build();
        DashboardUrls urls = new DashboardUrls("https://dashboard.bandwidth.com/api/v2", "9900012");
        client = new HostedMessagingClient(new DashboardRestClient(restTemplate, urls), "4501", "580211");
    }

    @Test
    void postsImportOrder() {
        server.expect(requestTo("https://dashboard.bandwidth.com/api/v2/accounts/9900012/importTnOrders"))
                .andExpect(method(HttpMethod.POST))
                .andRespond(withSuccess("<ImportTnOrderResponse><ImportTnOrder><OrderId>b05de7e6-0cab-4c83-81bb-9379cba8efd0</OrderId>"
                        + "</ImportTnOrder></ImportTnOrderResponse>", MediaType.APPLICATION_XML));

        ImportTnOrder order = ImportTnOrder.Create("4501", "580211", "Dana Whitfield",
                List.of("+19195550131", "+19195550132"));

        assertThat(client.importNumbers(order)).isEqualTo("b05de7e6-0cab-4c83-81bb-9379cba8efd0");
    }

    @Test
    void readsImportHistory() {
        server.expect(requestTo("https://dashboard.bandwidth.com/api/v2/accounts/9900012/importTnOrders/b05de7e6-0cab-4c83-81bb-9379cba8efd0/history"))
                .andRespond(withSuccess("<OrderHistoryWrapper/>", MediaType.APPLICATION_XML));

        assertThat(client.importHistory("b05de7e6-0cab-4c83-81bb-9379cba8efd0")).isEqualTo("<OrderHistoryWrapper/>");
    }

    @Test
    void voiceImportsUseTheirOwnRoute() {
        server.expect(requestTo("https://dashboard.bandwidth.com/api/v2/accounts/9900012/importTnOrders/voice"))
                .andExpect(method(HttpMethod.POST))
                .andRespond(withSuccess("<ImportTnOrderResponse><ImportTnOrder><OrderId>c1f7</OrderId></ImportTnOrder></ImportTnOrderResponse>",
                        MediaType.APPLICATION_XML));

        ImportTnOrder order = ImportTnOrder.Create("4501", "580211", "Dana Whitfield", List.of("+19195550133"));

        assertThat(client.importVoiceNumbers(order)).isEqualTo("c1f7");
        server.verify();
    }
}
