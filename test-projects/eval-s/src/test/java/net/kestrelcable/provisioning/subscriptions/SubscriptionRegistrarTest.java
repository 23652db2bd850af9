package net.kestrelcable.provisioning.subscriptions;

import static net.kestrelcable.provisioning.support.TestFixtures.DASHBOARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.client.ExpectedCount.once;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import net.kestrelcable.provisioning.config.CallbackProperties;
import net.kestrelcable.provisioning.config.DashboardRestClientConfig;
import net.kestrelcable.provisioning.support.TestFixtures;
import net.kestrelcable.provisioning.util.XmlTemplates;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class SubscriptionRegistrarTest {

    private static final CallbackProperties CALLBACKS = new CallbackProperties(
            "https://tnprov.kestrelcable.net/callbacks/dashboard", "dashboard-cb", "cb-secret", 3122064000L,
            "tnprov-alerts@kestrelcable.net");

    private MockRestServiceServer server;
    private SubscriptionRegistrar registrar;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = DashboardRestClientConfig.configure(RestClient.builder(),
                TestFixtures.dashboardProps(), TestFixtures.xmlMapper());
        server = MockRestServiceServer.bindTo(builder).build();
        registrar = new SubscriptionRegistrar(builder.build(), new XmlTemplates(), TestFixtures.dashboardProps(), CALLBACKS);
    }

    @Test
    void registersOnlyMissingSubscriptions() {
        server.expect(once(), requestTo(DASHBOARD + "/accounts/9900012/subscriptions"))
                .andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess("""
                        <SubscriptionsResponse><Subscriptions>
                          <Subscription><OrderType>orders</OrderType></Subscription>
                          <Subscription><OrderType>importtnorders</OrderType></Subscription>
                          <Subscription><OrderType>e911s</OrderType></Subscription>
                          <Subscription><EmailSubscription><Email>tnprov-alerts@kestrelcable.net</Email></EmailSubscription></Subscription>
                        </Subscriptions></SubscriptionsResponse>
                        """, MediaType.APPLICATION_XML));
        server.expect(once(), requestTo(DASHBOARD + "/accounts/9900012/subscriptions"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().string(containsString("<OrderType>portins</OrderType>")))
                .andRespond(withSuccess());

        registrar.registerAll();

        server.verify();
    }

    @Test
    void portInSubscriptionCarriesCredentials() {
        String xml = registrar.portInSubscription();

        assertThat(xml).contains("<URL>https://tnprov.kestrelcable.net/callbacks/dashboard/portins</URL>")
                .contains("<Expiry>3122064000</Expiry>")
                .contains("<Username>dashboard-cb</Username>");
    }
}
