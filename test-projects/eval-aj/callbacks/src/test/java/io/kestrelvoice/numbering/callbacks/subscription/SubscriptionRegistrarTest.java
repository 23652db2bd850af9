package io.kestrelvoice.numbering.callbacks.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.ExpectedCount.manyTimes;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.List;

import io.kestrelvoice.numbering.callbacks.config.CallbackProperties;
import io.kestrelvoice.numbering.dashboard.api.SubscriptionClient;
import io.kestrelvoice.numbering.testsupport.DashboardFixtures;
import io.kestrelvoice.numbering.testsupport.MockDashboard;
import io.kestrelvoice.numbering.testsupport.RequestRecorder.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

class SubscriptionRegistrarTest {

    private final MockDashboard dashboard = MockDashboard.create();
    private final CallbackProperties properties = new CallbackProperties("https://hooks.example.test", "dashboard", "pw",
            DashboardFixtures.SUBSCRIPTION_EXPIRY, List.of("orders"), "noc@example.test");
    private final SubscriptionRegistrar registrar = new SubscriptionRegistrar(
            new SubscriptionClient(dashboard.client()), properties, dashboard.client().urls());

    @Test
    void registersCallbackAndEmailSubscriptions() {
        dashboard.server().expect(requestTo("https://dashboard.bandwidth.com/api/accounts/9900012/subscriptions?orderType=orders"))
                .andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess("<SubscriptionsResponse/>", MediaType.APPLICATION_XML));
        dashboard.server().expect(manyTimes(), requestTo("https://dashboard.bandwidth.com/api/accounts/9900012/subscriptions"))
                .andExpect(method(HttpMethod.POST))
                .andRespond(withSuccess("<SubscriptionResponse><SubscriptionId>s-1</SubscriptionId></SubscriptionResponse>",
                        MediaType.APPLICATION_XML));

        registrar.register();

        List<RecordedRequest> posts = dashboard.recorder().requests().stream()
                .filter(r -> r.method() == HttpMethod.POST).toList();
        assertThat(posts).hasSize(4);
        assertThat(posts.get(0).body())
                .contains("<URL>https://hooks.example.test/webhooks/dashboard/orders</URL>")
                .contains("<Expiry>3122064000</Expiry>");
    }
}
