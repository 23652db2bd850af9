package net.kestrelwave.provisioning.callbacks;

import net.kestrelwave.provisioning.dashboard.DashboardXml;
import net.kestrelwave.provisioning.messaging.MessagingNotifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderNotificationHandlerTest {

    private static final String COMPLETE = """
            <?xml version="1.0"?>
            <Notification>
              <SubscriptionId>c9a1b2f0-7f55-4b1e-9d4c-2f0f3c6a8e11</SubscriptionId>
              <OrderType>orders</OrderType>
              <OrderId>2d1f6a0e-3b4c-4d5e-8f90-a1b2c3d4e5f6</OrderId>
              <CustomerOrderId>kw-1001</CustomerOrderId>
              <Status>COMPLETE</Status>
              <CompletedTelephoneNumbers>
                <TelephoneNumber>9195550171</TelephoneNumber>
                <TelephoneNumber>9195550172</TelephoneNumber>
              </CompletedTelephoneNumbers>
              <LastModifiedDate>2024-03-12T15:11:31.705Z</LastModifiedDate>
            </Notification>
            """;

    private final List<String> texted = new ArrayList<>();
    private PendingActivationStore pending;
    private OrderNotificationHandler handler;

    @BeforeEach
    void setUp() {
        pending = new PendingActivationStore();
        MessagingNotifier notifier = new MessagingNotifier("http://unused", "5006743", "app", "u", "p") {
            @Override
            public void activationText(String to, String orderId) {
                texted.add(to);
            }
        };
        handler = new OrderNotificationHandler(new DashboardXml(), pending, notifier);
    }

    @Test
    void activatesPendingNumbers() {
        pending.put("9195550171", "tenant-a", "2d1f6a0e");
        List<String> activated = handler.onNotification(COMPLETE);
        assertEquals(List.of("9195550171"), activated);
        assertEquals(1, texted.size());
    }

    @Test
    void ignoresOrdersThatAreStillProcessing() {
        String received = COMPLETE.replace("COMPLETE", "RECEIVED");
        assertTrue(handler.onNotification(received).isEmpty());
    }

    @Test
    void fixtureFromTheSandbox() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/notification-complete.xml")) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            pending.put("9842550193", "lab", "smoke");
            assertEquals(1, handler.onNotification(body).size());
        }
    }
}
