package net.harbourline.numberdesk.callback;

import jakarta.xml.bind.JAXB;
import net.harbourline.numberdesk.model.OrderNotification;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrderNotificationTest {

    @Test
    void unmarshalsCompletedNumbers() {
        OrderNotification n = JAXB.unmarshal(getClass().getResource("/callbacks/order-complete.xml"), OrderNotification.class);
        assertEquals("COMPLETE", n.getStatus());
        assertEquals(2, n.getCompletedTelephoneNumbers().size());
        assertEquals("9194600155", n.getCompletedTelephoneNumbers().get(0));
    }
}
