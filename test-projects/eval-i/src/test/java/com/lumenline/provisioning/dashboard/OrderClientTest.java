package com.lumenline.provisioning.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.List;

import com.lumenline.provisioning.support.Fixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.DefaultUriBuilderFactory;

class OrderClientTest {

    private static final String BASE = "https://dashboard.bandwidth.com/api";

    private MockRestServiceServer server;
    private OrderClient client;

    @BeforeEach
    void setUp() {
        RestTemplate restTemplate = new RestTemplate();
        restTemplate.setUriTemplateHandler(new DefaultUriBuilderFactory(BASE));
        server = MockRestServiceServer.bindTo(restTemplate).build();
        client = new OrderClient(restTemplate, "9900123");
    }

    @Test
    void ordersExistingNumbers() {
        server.expect(requestTo(BASE + "/accounts/9900123/orders"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().xml(Fixtures.read("requests/order-existing-tns.xml")))
                .andRespond(withSuccess(Fixtures.read("responses/order-response.xml"), MediaType.APPLICATION_XML));

        String orderId = client.orderNumbers("LL-ORDER-7205550042", "4821", "552190",
                List.of("9195551201"));

        assertThat(orderId).isEqualTo("47955555-67aa-4adb-8c0f-b6894e60c0dc");
        server.verify();
    }

    @Test
    void readsOrderBack() {
        server.expect(requestTo(BASE + "/accounts/9900123/orders/47955555-67aa-4adb-8c0f-b6894e60c0dc"))
                .andRespond(withSuccess(Fixtures.read("responses/order-response.xml"), MediaType.APPLICATION_XML));

        String xml = client.getOrder("47955555-67aa-4adb-8c0f-b6894e60c0dc");

        assertThat(xml).contains("<TelephoneNumber>9195551201</TelephoneNumber>");
    }
}
