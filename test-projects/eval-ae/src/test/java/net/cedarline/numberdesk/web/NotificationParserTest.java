package net.cedarline.numberdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.cedarline.numberdesk.testutil.Fixtures;

class NotificationParserTest {

    private final NotificationParser parser = new NotificationParser();

    @Test
    void parsesCompletedOrder() {
        Notification n = parser.parse(Fixtures.read("callback-order-complete.xml"));

        assertTrue(n.isComplete());
        assertEquals("c-9", n.customerOrderId());
        assertEquals(List.of("9195550142", "9195550143"), n.completedNumbers());
    }

    @Test
    void portInCarriesFocDate() {
        Notification n = parser.parse(Fixtures.read("callback-portin-complete.xml"));

        assertEquals("portins", n.orderType());
        assertEquals("2024-05-09T00:00:00Z", n.actualFocDate());
    }

    @Test
    void notificationWithoutNumbers() {
        Notification n = parser.parse("""
                <Notification>
                  <OrderType>orders</OrderType>
                  <OrderId>o-2</OrderId>
                  <Status>FAILED</Status>
                  <Message>No numbers available</Message>
                </Notification>
                """);

        assertTrue(n.completedNumbers().isEmpty());
        assertEquals("FAILED", n.status());
    }
}
