package net.prairiewave.numbering.dashboard;

import net.prairiewave.numbering.testing.Fixtures;
import net.prairiewave.numbering.testing.RecordedRequest;
import net.prairiewave.numbering.testing.RecordingDashboard;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SipPeerTnClientTest {

    private static final String PEER_TNS = "/accounts/9900417/sites/2291/sippeers/604117/tns/";

    @Test
    void enableSmsPutsMessagingSettings() throws Exception {
        try (RecordingDashboard fake = RecordingDashboard.start().respond(PEER_TNS, "<SipPeerTelephoneNumberResponse/>")) {
            SipPeerTnClient client = new SipPeerTnClient(Fixtures.http(fake), "2291", "604117");

            client.enableSms("6053357740");

            RecordedRequest request = fake.only();
            assertEquals("PUT", request.method());
            assertEquals(PEER_TNS + "6053357740", request.path());
            assertEquals(Fixtures.normalizeXml(Fixtures.load("sippeer-tn-sms-request.xml")),
                    Fixtures.normalizeXml(request.body()));
        }
    }

    @Test
    void callForwardCarriesNoMessagingSettings() throws Exception {
        try (RecordingDashboard fake = RecordingDashboard.start().respond(PEER_TNS, "<SipPeerTelephoneNumberResponse/>")) {
            SipPeerTnClient client = new SipPeerTnClient(Fixtures.http(fake), "2291", "604117");

            client.setCallForward("+16053357741", "+16053310499");

            assertFalse(fake.only().body().contains("MessagingSettings"));
        }
    }
}
