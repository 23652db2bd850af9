package com.lumenline.provisioning.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withCreatedEntity;

import java.net.URI;

import com.lumenline.provisioning.support.Fixtures;
import com.lumenline.provisioning.support.TestDashboardProperties;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestTemplate;

class SubscriptionClientTest {

    private static final String SUBSCRIPTIONS = "https://dashboard.bandwidth.com/api/accounts/9900123/subscriptions";

    private final RestTemplate restTemplate = new RestTemplate();
    private final MockRestServiceServer server = MockRestServiceServer.bindTo(restTemplate).build();
    private final SubscriptionClient client =
            new SubscriptionClient(restTemplate, TestDashboardProperties.production(), new XmlTemplateLoader());

    @Test
    void subscribesCallbackForOrders() {
        server.expect(requestTo(SUBSCRIPTIONS))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().xml(Fixtures.read("requests/subscription-callback.xml")))
                .andRespond(withCreatedEntity(URI.create(SUBSCRIPTIONS + "/sub-1")));

        assertThat(client.subscribeCallback("orders")).endsWith("/sub-1");
    }

    @Test
    void subscribesE164CallbackForPortins() {
        server.expect(requestTo("https://dashboard.bandwidth.com/api/v2/accounts/9900123/subscriptions"))
                .andExpect(content().xml(Fixtures.read("requests/subscription-callback-e164.xml")))
                .andRespond(withCreatedEntity(URI.create("https://dashboard.bandwidth.com/api/v2/accounts/9900123/subscriptions/sub-2")));

        SubscriptionClient v2 = new SubscriptionClient(restTemplate,
                TestDashboardProperties.withBaseUrl("https://dashboard.bandwidth.com/api/v2"), new XmlTemplateLoader());
        assertThat(v2.subscribeCallbackE164("portins")).endsWith("/sub-2");
    }
}
