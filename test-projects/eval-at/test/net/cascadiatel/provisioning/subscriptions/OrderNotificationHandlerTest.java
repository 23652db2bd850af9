package net.cascadiatel.provisioning.subscriptions;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import net.cascadiatel.provisioning.iris.Xml;
import net.cascadiatel.provisioning.store.TnInventoryStore;
import org.junit.Test;

public class OrderNotificationHandlerTest {

    private final TnInventoryStore store = new TnInventoryStore();
    private final OrderNotificationHandler handler = new OrderNotificationHandler(store);

    @Test
    public void activatesCompletedNumbers() throws Exception {
        store.reserve("5035550101", "5038812204");
        store.reserve("5035550102", "5038812204");

        NotificationXml notification = Xml.read(fixture("notification-complete.xml"), NotificationXml.class);

        assertEquals(2, handler.handle(notification));
        assertTrue(store.isActive("5035550101"));
        assertTrue(store.isActive("5035550102"));
    }

    @Test
    public void ignoresNumbersWeNeverRequested() {
        String xml = """
                <Notification>
                  <SubscriptionId>2b1a4f4e-8f5d-4c0a-9a39-2a4b2f6b7c01</SubscriptionId>
                  <OrderType>orders</OrderType>
                  <OrderId>7d1c09c6-55b2-4a44-9a57-0c3f1f9d2e10</OrderId>
                  <Status>COMPLETE</Status>
                  <CompletedTelephoneNumbers>
                    <TelephoneNumber>2065550142</TelephoneNumber>
                  </CompletedTelephoneNumbers>
                </Notification>
                """;
        assertEquals(0, handler.handle(Xml.read(xml, NotificationXml.class)));
        assertFalse(store.contains("2065550142"));
    }

    private static String fixture(String name) throws Exception {
        try (InputStream in = OrderNotificationHandlerTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
