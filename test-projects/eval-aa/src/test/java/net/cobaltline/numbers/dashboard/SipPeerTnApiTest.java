package net.cobaltline.numbers.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import net.cobaltline.numbers.support.RecordingHttpClient;
import net.cobaltline.numbers.support.TestSettings;

class SipPeerTnApiTest {

    private static final String EXPECTED_SMS_BODY = """
            <SipPeerTelephoneNumber>
              <FullNumber>8045550123</FullNumber>
              <MessagingSettings><SmsEnabled>true</SmsEnabled></MessagingSettings>
            </SipPeerTelephoneNumber>
            """;

    private final RecordingHttpClient http = new RecordingHttpClient();
    private final SipPeerTnApi api = new SipPeerTnApi(new DashboardClient(http, TestSettings.settings()), "4512", "882310");

    @Test
    void smsIsSwitchedOnTheSipPeerNumber() {
        api.setSms("8045550123", true);

        RecordingHttpClient.Recorded req = http.only();
        assertEquals("PUT", req.method());
        assertTrue(req.uri().getPath().endsWith("/sites/4512/sippeers/882310/tns/8045550123"));
        assertEquals(EXPECTED_SMS_BODY, req.body());
    }

    @Test
    void callForwardDoesNotTouchMessaging() {
        api.setCallForward("8045550124", "9195550199");

        String body = http.only().body();
        assertTrue(body.contains("<CallForward>9195550199</CallForward>"));
        assertFalse(body.contains("MessagingSettings"));
    }
}
