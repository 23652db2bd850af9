package com.harborline.numbering.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harborline.numbering.config.DashboardSettings;
import org.junit.jupiter.api.Test;

class SipPeerTnServiceTest {

    private final SipPeerTnService service = new SipPeerTnService(
            DashboardSettings.of("http://localhost:8089", "9900001", "svc-test", "not-a-secret"), null);

    @Test
    void smsPayloadCarriesMessagingSettings() {
        String xml = service.smsPayload("9195550111", true);

        assertTrue(xml.contains("<MessagingSettings>"));
        assertTrue(xml.contains("<SmsEnabled>true</SmsEnabled>"));
    }
}
