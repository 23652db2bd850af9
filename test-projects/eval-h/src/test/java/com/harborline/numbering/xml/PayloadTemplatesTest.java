package com.harborline.numbering.xml;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayloadTemplatesTest {

    @Test
    void rendersSipPeerMessagingTemplate() {
        String xml = PayloadTemplates.render("templates/sippeer-tn-messaging.xml",
                Map.of("fullNumber", "9195550170", "smsEnabled", "true"));
        assertTrue(xml.contains("<SmsEnabled>true</SmsEnabled>"));
    }

    @Test
    void rendersTnOptionOrderWithE164Numbers() {
        String xml = PayloadTemplates.render("templates/tn-option-sms.xml", Map.of(
                "customerOrderId", "HL-SMS-1",
                "sms", "on",
                "telephoneNumbers", PayloadTemplates.telephoneNumberElements(List.of("+19195550171"))));
        assertTrue(xml.contains("<TelephoneNumber>+19195550171</TelephoneNumber>"));
    }

    @Test
    void missingValueIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> PayloadTemplates.render("templates/remove-imported-tn-order.xml", Map.of()));
    }

    @Test
    void reportInstanceTemplateIsCsv() {
        assertTrue(PayloadTemplates.reportInstance().contains("<OutputFormat>csv</OutputFormat>"));
    }
}
