package net.northvale.voice.provisioning.dashboard;

import net.northvale.voice.provisioning.support.FakeDashboardServer;
import net.northvale.voice.provisioning.support.TestDashboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static net.northvale.voice.provisioning.support.TestDashboard.ACCOUNT_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SipPeerTnClientTest {

    private static final String PEER_TNS = ACCOUNT_PATH + "/sites/4711/sippeers/552301/tns/";

    private FakeDashboardServer server;
    private SipPeerTnClient sipPeer;
    private TnOptionClient tnOptions;

    @BeforeEach
    void start() throws Exception {
        server = new FakeDashboardServer();
        DashboardClient dashboard = TestDashboard.client(server);
        sipPeer = new SipPeerTnClient(dashboard);
        tnOptions = new TnOptionClient(dashboard);
        server.respond(ACCOUNT_PATH, 200, "");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void enablingSmsPutsTheNumberSettings() {
        sipPeer.enableSms("3035550142");

        assertEquals("PUT", server.last().method());
        assertEquals(PEER_TNS + "3035550142", server.last().path());
        assertTrue(server.last().body().contains("<SmsEnabled>true</SmsEnabled>"));
    }

    @Test
    void forwardingDoesNotTouchMessaging() {
        sipPeer.forwardCalls("3035550143", "+17205550100");

        assertFalse(server.last().body().contains("MessagingSettings"));
        assertTrue(server.last().body().contains("<CallForward>+17205550100</CallForward>"));
    }

    @Test
    void tnOptionOrderCarriesTheSmsFlag() {
        server.created(ACCOUNT_PATH + "/tnoptions", ACCOUNT_PATH + "/tnoptions/o-5");

        tnOptions.setSms("NV-SMS-9", java.util.List.of("+13035550144"), true);

        assertEquals(ACCOUNT_PATH + "/tnoptions", server.last().path());
        assertTrue(server.last().body().contains("<Sms>on</Sms>"));
    }
}
