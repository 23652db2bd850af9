package net.cedarline.numberdesk.dashboard.sippeer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.cedarline.numberdesk.templates.RequestTemplates;
import net.cedarline.numberdesk.testutil.RecordingTransport;
import net.cedarline.numberdesk.testutil.TestSettings;

class SipPeerTnClientTest {

    private RecordingTransport transport;
    private SipPeerTnClient client;
    private TnOptionsClient tnOptions;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        client = new SipPeerTnClient(transport, TestSettings.urls(), TestSettings.dashboard(), new RequestTemplates());
        tnOptions = new TnOptionsClient(transport, TestSettings.urls(), new RequestTemplates());
    }

    @Test
    void enableSmsPutsMessagingSettings() {
        assertTrue(client.enableSms("9195550160"));

        RecordingTransport.Request request = transport.last();
        assertEquals("PUT", request.method());
        assertEquals(TestSettings.BASE + "/accounts/9900412/sites/3147/sippeers/508812/tns/9195550160", request.url());
        assertTrue(request.body().contains("<SmsEnabled>true</SmsEnabled>"));
    }

    @Test
    void callForwardLeavesMessagingAlone() {
        client.setCallForward("9195550160", "9195550161");

        assertFalse(transport.last().body().contains("MessagingSettings"));
        assertTrue(transport.last().body().contains("<CallForward>9195550161</CallForward>"));
    }

    @Test
    void tnOptionOrderCarriesTheSmsFlag() {
        transport.respond(201, "<TnOptionOrderResponse><OrderId>tno-3</OrderId></TnOptionOrderResponse>");

        assertEquals("tno-3", tnOptions.setSms(List.of("+19195550160"), true));

        assertTrue(transport.last().url().endsWith("/accounts/9900412/tnoptions"));
        assertTrue(transport.last().body().contains("<Sms>on</Sms>"));
    }
}
