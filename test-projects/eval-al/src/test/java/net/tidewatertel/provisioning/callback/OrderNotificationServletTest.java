package net.tidewatertel.provisioning.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;

import javax.xml.bind.JAXBContext;

import org.junit.jupiter.api.Test;

import net.tidewatertel.provisioning.callback.PendingOrderRegistry.PendingOrder;

class OrderNotificationServletTest {

    @Test
    void completedNumbersCloseTheirServiceOrders() throws Exception {
        PendingOrderRegistry registry = new PendingOrderRegistry();
        registry.register("7575550142", new PendingOrder("SO-88121", "100245"));
        registry.register("7575550143", new PendingOrder("SO-88121", "100245"));
        registry.register("8045550199", new PendingOrder("SO-88140", "100318"));

        OrderNotificationServlet servlet = new OrderNotificationServlet();
        servlet.setRegistry(registry);
        servlet.handle(read("/fixtures/notification-complete.xml"));

        assertEquals(1, registry.size());
        assertNull(registry.findByNumber("7575550142"));
    }

    @Test
    void fixtureCarriesTheCompletedNumbers() throws Exception {
        Notification notification = read("/fixtures/notification-complete.xml");

        assertEquals("COMPLETE", notification.getStatus());
        assertEquals("7575550142", notification.getCompletedTelephoneNumbers().get(0));
        assertEquals(2, notification.getCompletedTelephoneNumbers().size());
    }

    private static Notification read(String name) throws Exception {
        try (InputStream in = OrderNotificationServletTest.class.getResourceAsStream(name)) {
            return (Notification) JAXBContext.newInstance(Notification.class).createUnmarshaller().unmarshal(in);
        }
    }
}
