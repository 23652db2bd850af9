package net.kestreltel.portdesk.dashboard;

import net.kestreltel.portdesk.testing.TestFixtures;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static net.kestreltel.portdesk.testing.TestFixtures.ACCOUNT_ID;
import static net.kestreltel.portdesk.testing.TestFixtures.SIP_PEER_ID;
import static net.kestreltel.portdesk.testing.TestFixtures.SITE_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SipPeerTnApiTest {

    private MockWebServer server;
    private SipPeerTnApi api;

    @BeforeEach
    void setUp() throws Exception {
        server = new MockWebServer();
        server.start();
        api = FeignTestClients.xmlClient(SipPeerTnApi.class, server.url("").toString(), "/api");
    }

    @AfterEach
    void tearDown() throws Exception {
        server.shutdown();
    }

    @Test
    void smsFlagGoesIntoMessagingSettings() throws Exception {
        server.enqueue(TestFixtures.xml(""));

        api.setSms(ACCOUNT_ID, SITE_ID, SIP_PEER_ID, "7045550148", true);

        RecordedRequest request = server.takeRequest();
        assertEquals("PUT", request.getMethod());
        assertTrue(request.getPath().endsWith("/sites/461/sippeers/303716/tns/7045550148"));
        assertTrue(request.getBody().readUtf8().contains("<SmsEnabled>true</SmsEnabled>"));
    }

    @Test
    void callForwardOnly() throws Exception {
        server.enqueue(TestFixtures.xml(""));

        api.setCallForward(ACCOUNT_ID, SITE_ID, SIP_PEER_ID, TestFixtures.LAB_TN, "+19195550100");

        String body = server.takeRequest().getBody().readUtf8();
        assertTrue(body.contains("<CallForward>+19195550100</CallForward>"));
    }
}
