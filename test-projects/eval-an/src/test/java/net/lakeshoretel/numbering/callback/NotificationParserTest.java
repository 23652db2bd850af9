package net.lakeshoretel.numbering.callback;

import net.lakeshoretel.numbering.dashboard.model.Notification;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationParserTest {

    static String completeOrder() throws Exception {
        try (InputStream in = NotificationParserTest.class.getResourceAsStream("/fixtures/notification-complete.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void parsesCompletedOrder() throws Exception {
        Notification notification = new NotificationParser().parse(completeOrder());

        assertTrue(notification.isComplete());
        assertEquals("47955555-67aa-4adb-8c0f-b6894e60c0dc", notification.getOrderId());
        assertEquals(List.of("6165550142", "6165550143"), notification.getCompletedTelephoneNumbers());
    }

    @Test
    void skipsEnvelopesThatAreNotNotifications() {
        List<Notification> out = new ArrayList<>();
        new NotificationParser().flatMap(
                new NotificationParser.Envelope(1718035200123L, "192.0.2.10", "application/json", "{\"ping\":true}"),
                collector(out));
        assertTrue(out.isEmpty());
    }

    @Test
    void parsesPortInStatusUpdate() throws Exception {
        Notification notification = new NotificationParser().parse("""
                <Notification>
                    <OrderType>portins</OrderType>
                    <OrderId>a1b2c3d4-0000-4c11-8f00-15a9e7d0b2aa</OrderId>
                    <Status>FOC</Status>
                    <Message>FOC date confirmed</Message>
                    <ActualFocDate>2024-06-18T00:00:00Z</ActualFocDate>
                </Notification>
                """);
        assertEquals("FOC", notification.getStatus());
        assertTrue(notification.getCompletedTelephoneNumbers().isEmpty());
    }

    static <T> Collector<T> collector(List<T> sink) {
        return new Collector<>() {
            @Override
            public void collect(T record) {
                sink.add(record);
            }

            @Override
            public void close() {
            }
        };
    }
}
