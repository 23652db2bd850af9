package net.korvalink.edge.dashboard;

import static net.korvalink.edge.TestFixtures.compact;
import static net.korvalink.edge.TestFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import net.korvalink.edge.config.DashboardProperties;

class SipPeerTnClientTest {

    private final DashboardHttpClient dashboard = mock(DashboardHttpClient.class);
    private SipPeerTnClient client;

    @BeforeEach
    void setUp() {
        DashboardProperties props = new DashboardProperties();
        props.setAccountId("9900112");
        client = new SipPeerTnClient(dashboard, props, new XmlMapper());
    }

    @Test
    void enablingMessagingSendsMessagingSettings() {
        client.enableMessaging("1201", "50110", "9195550175");

        ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
        verify(dashboard).put(eq("/accounts/9900112/sites/1201/sippeers/50110/tns/9195550175"), body.capture());
        assertEquals(compact(fixture("sippeer-tn-sms-request.xml")), compact(body.getValue()));
    }

    @Test
    void callForwardLeavesMessagingAlone() throws Exception {
        client.updateCallForward("1201", "50110",
                "9195550176",
                "+19195550177");

        ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
        verify(dashboard).put(eq("/accounts/9900112/sites/1201/sippeers/50110/tns/9195550176"), body.capture());
        assertThat(body.getValue()).doesNotContain("MessagingSettings").contains("<CallForward>+19195550177<");
    }
}
