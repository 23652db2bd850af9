package net.tidewatertel.provisioning.sippeer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.tidewatertel.provisioning.http.DashboardPaths;
import net.tidewatertel.provisioning.support.StubDashboardHttpClient;

class SipPeerTnServiceTest {

    private StubDashboardHttpClient http;
    private SipPeerTnService service;

    @BeforeEach
    void setUp() {
        http = new StubDashboardHttpClient();
        service = new SipPeerTnService(http, new DashboardPaths("9900417"), "9900417");
    }

    @Test
    void enableSmsPutsTheNumberOnThePeer() throws IOException {
        service.enableSms("4412", "551870", "7575550142");

        assertEquals("PUT", http.last().method);
        assertTrue(http.last().url.endsWith("/sites/4412/sippeers/551870/tns/7575550142"));
        assertTrue(http.last().body.contains("<SmsEnabled>true</SmsEnabled>"));
    }

    @Test
    void callForwardLeavesMessagingAlone() throws IOException {
        String noc = "+17575550100";
        service.updateCallForward("4412", "551870", "7575550143", noc);

        assertTrue(http.last().body.contains("<CallForward>+17575550100</CallForward>"));
        assertTrue(!http.last().body.contains("MessagingSettings"));
    }
}
