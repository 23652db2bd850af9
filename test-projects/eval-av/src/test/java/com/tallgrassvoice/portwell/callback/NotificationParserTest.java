package com.tallgrassvoice.portwell.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tallgrassvoice.portwell.callback.NotificationParser.Notification;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationParserTest {

    private static String resource(String name) throws Exception {
        try (InputStream in = NotificationParserTest.class.getResourceAsStream("/notifications/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void orderNotification() throws Exception {
        Notification n = new NotificationParser().parse(resource("order-complete.xml"));
        assertEquals("COMPLETE", n.status());
        assertEquals(List.of("9195550134", "9195550135"), n.completedNumbers());
    }

    @Test
    void portInNotification() throws Exception {
        Notification n = new NotificationParser().parse(resource("portin-complete.xml"));
        assertEquals("ACME-2291", n.customerOrderId());
        assertEquals("3365550142", n.completedNumbers().get(0));
        assertEquals("2024-11-12T00:00:00Z", n.actualFocDate());
    }

    @Test
    void inlineNotification() {
        String xml = """
                <Notification>
                  <OrderType>importtnorders</OrderType>
                  <OrderId>b1</OrderId>
                  <Status>COMPLETE</Status>
                  <CompletedTelephoneNumbers>
                    <TelephoneNumber>2525550140</TelephoneNumber>
                  </CompletedTelephoneNumbers>
                </Notification>
                """;
        assertEquals(1, new NotificationParser().parse(xml).completedNumbers().size());
    }
}
