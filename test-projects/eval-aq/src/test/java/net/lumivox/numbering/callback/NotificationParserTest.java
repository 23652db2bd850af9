package net.lumivox.numbering.callback;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationParserTest {

    private static final String COMPLETE = """
            <?xml version="1.0"?>
            <Notification>
              <SubscriptionId>5b2f3c1e-8a4d-4d6e-9a51-2f1e0c3b7d10</SubscriptionId>
              <OrderType>orders</OrderType>
              <OrderId>47955555-67aa-4adb-8c0f-b6894e60c0dc</OrderId>
              <CustomerOrderId>LMV-20240611-07</CustomerOrderId>
              <Status>COMPLETE</Status>
              <CompletedTelephoneNumbers>
                <TelephoneNumber>9195550144</TelephoneNumber>
              </CompletedTelephoneNumbers>
              <LastModifiedDate>2024-06-11T15:11:31.705Z</LastModifiedDate>
            </Notification>
            """;

    private final NotificationParser parser = new NotificationParser();

    @Test
    void readsCompletedNumbers() {
        Notification notification = parser.parse(COMPLETE);
        assertEquals("COMPLETE", notification.status());
        assertEquals(List.of("9195550144"), notification.completedNumbers());
    }

    @Test
    void readsPortInFixture() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/portin-notification.xml")) {
            Notification notification = parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals("portins", notification.orderType());
            assertEquals(2, notification.completedNumbers().size());
        }
    }

    @Test
    void failedOrderHasNoNumbers() {
        Notification notification = parser.parse("""
                <Notification>
                  <OrderType>orders</OrderType>
                  <Status>FAILED</Status>
                  <Message>Telephone number is not available</Message>
                </Notification>
                """);
        assertTrue(notification.completedNumbers().isEmpty());
    }
}
