package net.tidewatertel.numbering.dashboard;

import static net.tidewatertel.numbering.support.TestFixtures.ACCOUNT;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withCreatedEntity;

import java.net.URI;

import net.tidewatertel.numbering.config.CallbackProperties;
import net.tidewatertel.numbering.config.DashboardProperties;
import net.tidewatertel.numbering.support.XmlTemplates;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.client.RestClientTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.client.MockRestServiceServer;

@RestClientTest(SubscriptionRegistrar.class)
@Import(XmlTemplates.class)
@EnableConfigurationProperties({DashboardProperties.class, CallbackProperties.class})
@ActiveProfiles("test")
class SubscriptionRegistrarTest {

    @Autowired
    private MockRestServiceServer server;

    @Autowired
    private SubscriptionRegistrar registrar;

    @AfterEach
    void verify() {
        server.verify();
    }

    @Test
    void registersOrderCallbackWithBasicAuth() {
        server.expect(requestTo(ACCOUNT + "/subscriptions"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().xml("""
                        <Subscription>
                            <OrderType>orders</OrderType>
                            <CallbackSubscription>
                                <URL>https://numbering.tidewatertel.net/callbacks/dashboard/orders</URL>
                                <Expiry>3122064000</Expiry>
                                <CallbackCredentials>
                                    <BasicAuthentication>
                                        <Username>dashboard-cb</Username>
                                        <Password>s3cret</Password>
                                    </BasicAuthentication>
                                </CallbackCredentials>
                            </CallbackSubscription>
                        </Subscription>
                        """))
                .andRespond(withCreatedEntity(URI.create(ACCOUNT + "/subscriptions/5f3a9b")));

        registrar.registerCallback("orders");
    }

    @Test
    void disconnectsAlsoGoToTheNocMailbox() {
        server.expect(requestTo(ACCOUNT + "/subscriptions"))
                .andExpect(content().xml("""
                        <Subscription>
                            <OrderType>disconnects</OrderType>
                            <CallbackSubscription>
                                <URL>https://numbering.tidewatertel.net/callbacks/dashboard/disconnects</URL>
                                <Expiry>3122064000</Expiry>
                            </CallbackSubscription>
                            <EmailSubscription>
                                <Email>noc@tidewatertel.net</Email>
                                <DigestRequested>NONE</DigestRequested>
                            </EmailSubscription>
                        </Subscription>
                        """))
                .andRespond(withCreatedEntity(URI.create(ACCOUNT + "/subscriptions/5f3a9c")));

        registrar.registerDisconnects();
    }
}
