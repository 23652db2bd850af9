package org.harborline.provisioning.callbacks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.Test;

public class OrderCallbackHandlerTest {

    private static String fixture(String name) throws Exception {
        try (InputStream in = OrderCallbackHandlerTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    public void completesPendingActivation() throws Exception {
        OrderCallbackHandler handler = new OrderCallbackHandler();
        handler.expect("6672286710", "act-1");
        List<String> activated = handler.handle(fixture("order-complete-notification.xml"));
        assertEquals(1, activated.size());
        assertEquals("act-1", activated.get(0));
    }

    @Test
    public void ignoresNonCompleteOrders() throws Exception {
        OrderCallbackHandler handler = new OrderCallbackHandler();
        String xml = "<Notification><Status>RECEIVED</Status><OrderId>abc</OrderId>"
                + "<CompletedTelephoneNumbers><TelephoneNumber>5756186700</TelephoneNumber>"
                + "</CompletedTelephoneNumbers></Notification>";
        assertTrue(handler.handle(xml).isEmpty());
    }
}
