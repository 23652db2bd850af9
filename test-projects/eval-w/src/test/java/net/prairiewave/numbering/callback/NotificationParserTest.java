package net.prairiewave.numbering.callback;

import net.prairiewave.numbering.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationParserTest {

    @Test
    void parsesCompletedOrder() {
        OrderNotification n = NotificationParser.parse(Fixtures.load("notification-complete.xml"));

        assertTrue(n.complete());
        assertEquals("PW-SS-5f1c", n.customerOrderId());
        assertEquals(List.of("6055550123", "6055550124"), n.completedTelephoneNumbers());
    }

    @Test
    void parsesFailedOrderMessage() {
        String xml = """
                <?xml version="1.0"?>
                <Notification>
                  <SubscriptionId>7b2c</SubscriptionId>
                  <OrderType>orders</OrderType>
                  <OrderId>0cd2</OrderId>
                  <Status>FAILED</Status>
                  <Message>Telephone number 6055550125 is not available</Message>
                </Notification>
                """;

        OrderNotification n = NotificationParser.parse(xml);

        assertTrue(n.failed());
        assertTrue(n.completedTelephoneNumbers().isEmpty());
    }
}
