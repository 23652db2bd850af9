package net.corvalink.numbering.callbacks;

import net.corvalink.numbering.iris.XmlSupport;
import net.corvalink.numbering.iris.model.OrderNotification;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrderNotificationParsingTest {

    @Test
    void readsCompletedNumbersFromFixture() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/notification-complete.xml")) {
            OrderNotification n = XmlSupport.mapper().readValue(in, OrderNotification.class);

            assertEquals("orders", n.orderType);
            assertEquals("COMPLETE", n.status);
            assertEquals(List.of("6672286710", "5756186700"), n.completedTelephoneNumbers);
        }
    }

    @Test
    void readsPortInNotification() throws Exception {
        String xml = """
                <?xml version="1.0"?>
                <Notification>
                  <SubscriptionId>b5c6d5b3-1d4c-4d77-a9a0-8a1b0f1b4e3e</SubscriptionId>
                  <OrderType>portins</OrderType>
                  <OrderId>d28b36f7-fa96-49eb-9556-a40fca49f7c6</OrderId>
                  <CustomerOrderId>acme-port-in-acme-1</CustomerOrderId>
                  <Status>FOC</Status>
                  <CompletedTelephoneNumbers>
                    <TelephoneNumber>7045550110</TelephoneNumber>
                  </CompletedTelephoneNumbers>
                  <ActualFocDate>2025-07-01T00:00:00Z</ActualFocDate>
                </Notification>
                """;

        OrderNotification n = XmlSupport.mapper().readValue(xml, OrderNotification.class);

        assertEquals("FOC", n.status);
        assertEquals("7045550110", n.completedTelephoneNumbers.get(0));
    }
}
