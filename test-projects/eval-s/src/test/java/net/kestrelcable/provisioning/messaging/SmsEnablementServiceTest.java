package net.kestrelcable.provisioning.messaging;

import static net.kestrelcable.provisioning.support.TestFixtures.DASHBOARD;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withBadRequest;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.List;

import net.kestrelcable.provisioning.config.DashboardRestClientConfig;
import net.kestrelcable.provisioning.dashboard.DashboardErrorHandler;
import net.kestrelcable.provisioning.support.TestFixtures;
import net.kestrelcable.provisioning.util.XmlTemplates;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class SmsEnablementServiceTest {

    private static final String PEER_TNS = DASHBOARD + "/accounts/9900012/sites/4471/sippeers/553128/tns/";

    private MockRestServiceServer server;
    private SmsEnablementService service;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = DashboardRestClientConfig.configure(RestClient.builder(),
                TestFixtures.dashboardProps(), TestFixtures.xmlMapper());
        server = MockRestServiceServer.bindTo(builder).build();
        service = new SmsEnablementService(builder.build(), TestFixtures.dashboardProps(), new XmlTemplates(),
                TestFixtures.CLOCK);
    }

    @Test
    void enableSmsPutsMessagingSettings() {
        server.expect(requestTo(PEER_TNS + "3035550142"))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(content().string(containsString("<SmsEnabled>true</SmsEnabled>")))
                .andRespond(withSuccess());

        service.enableSms("3035550142");

        server.verify();
    }

    @Test
    void callForwardDoesNotTouchMessaging() {
        server.expect(requestTo(PEER_TNS + "7205550187"))
                .andExpect(content().string(not(containsString("MessagingSettings"))))
                .andRespond(withSuccess());

        service.updateCallForward("7205550187", "3035550100");

        server.verify();
    }

    @Test
    void campaignGoesThroughTnOptions() {
        server.expect(requestTo(DASHBOARD + "/accounts/9900012/tnoptions"))
                .andExpect(method(HttpMethod.POST))
                .andExpect(content().string(containsString("<Sms>on</Sms>")))
                .andRespond(withSuccess("<TnOptionOrderResponse/>", MediaType.APPLICATION_XML));

        service.assignCampaign(List.of("3035550142", "3035550143"), "CA7K2QX");

        server.verify();
    }

    @Test
    void dashboardRejectionSurfacesAsDashboardException() {
        server.expect(requestTo(PEER_TNS + "3035550143"))
                .andRespond(withBadRequest().contentType(MediaType.APPLICATION_XML).body("""
                        <SipPeerTelephoneNumberResponse>
                          <ResponseStatus>
                            <ErrorCode>400</ErrorCode>
                            <Description>Messaging service needs to be enabled/disabled via a TN Option order</Description>
                          </ResponseStatus>
                        </SipPeerTelephoneNumberResponse>
                        """));

        assertThatThrownBy(() -> service.disableSms("3035550143"))
                .isInstanceOf(DashboardErrorHandler.DashboardException.class);
    }
}
