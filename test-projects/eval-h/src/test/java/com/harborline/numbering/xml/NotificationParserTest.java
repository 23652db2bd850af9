package com.harborline.numbering.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harborline.numbering.TestFixtures;
import com.harborline.numbering.dto.Notification;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationParserTest {

    @Test
    void parsesCompleteOrderNotification() throws Exception {
        Notification n = NotificationParser.parse(TestFixtures.read("notification-complete.xml"));

        assertEquals("orders", n.orderType());
        assertEquals("HL-20240611-000123", n.customerOrderId());
        assertTrue(n.isComplete());
        assertEquals(List.of("9195550101", "9195550102"), n.completedTelephoneNumbers());
    }

    @Test
    void parsesPartialPortIn() throws Exception {
        Notification n = NotificationParser.parse(TestFixtures.read("notification-partial.xml"));

        assertTrue(n.isPartial());
        assertEquals(1, n.completedTelephoneNumbers().size());
    }
}
