package com.kestrelvoice.numlife.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withCreatedEntity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class OrderClientTest {

    private MockRestServiceServer server;
    private OrderClient client;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = RestClient.builder().baseUrl(DashboardTestSupport.BASE_URL);
        server = MockRestServiceServer.bindTo(builder).build();
        client = new OrderClient(builder.build(), DashboardTestSupport.properties(DashboardTestSupport.BASE_URL));
    }

    @Test
    void orderBodyMatchesTheRecordedRequest() throws Exception {
        String expected = new ClassPathResource("fixtures/order-request.xml").getContentAsString(StandardCharsets.UTF_8);
        server.expect(requestTo("https://dashboard.bandwidth.com/api/accounts/9900123/orders"))
                .andExpect(content().xml(expected))
                .andRespond(withCreatedEntity(URI.create("orders/47955555-67aa-4adb-8c0f-b6894e60c0dc")));

        String orderId = client.orderExisting("NL-6052234987-1718035200", List.of(
                "9194240161",
                "9194240162"));

        assertThat(orderId).isEqualTo("47955555-67aa-4adb-8c0f-b6894e60c0dc");
        server.verify();
    }
}
