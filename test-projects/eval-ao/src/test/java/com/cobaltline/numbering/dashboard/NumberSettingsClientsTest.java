package com.cobaltline.numbering.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.cobaltline.numbering.transport.RecordingTransport;
import com.cobaltline.numbering.transport.XmlCodec;

class NumberSettingsClientsTest {

    private RecordingTransport transport;
    private SipPeerTnClient sipPeer;
    private TnDetailsClient details;
    private SubscriptionClient subscriptions;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        sipPeer = new SipPeerTnClient(transport, RecordingTransport.settings(), new XmlCodec());
        details = new TnDetailsClient(transport);
        subscriptions = new SubscriptionClient(transport, RecordingTransport.settings(), new XmlCodec());
    }

    @Test
    void smsToggleIsSentToTheSipPeerNumber() {
        sipPeer.enableSms("9195550111");

        assertEquals("PUT", transport.last().method());
        assertEquals("/accounts/5001234/sites/31472/sippeers/508812/tns/9195550111", transport.last().path());
        assertTrue(transport.last().body().contains("<SmsEnabled>true</SmsEnabled>"));
    }

    @Test
    void forwardingDoesNotTouchMessaging() {
        sipPeer.forwardCalls("9195550111", "+19195550112");

        assertFalse(transport.last().body().contains("MessagingSettings"));
    }

    @Test
    void rateCenterComesFromTheTnResource() {
        transport.answer("<TelephoneNumberResponse><RateCenter>RALEIGH</RateCenter></TelephoneNumberResponse>");

        assertEquals("RALEIGH", details.rateCenter("9195550111"));
        assertEquals("/tns/9195550111/ratecenter", transport.last().path());
    }

    @Test
    void orderSubscriptionPointsAtOurCallbackServer() {
        subscriptions.subscribeOrders("https://provisioning.cobaltline.com/cxf/api/callbacks/dashboard/orders",
                "dashboard-callbacks", "pw");

        assertEquals("/accounts/5001234/subscriptions", transport.last().path());
        assertTrue(transport.last().body().contains("<Expiry>3122064000</Expiry>"));
    }
}
