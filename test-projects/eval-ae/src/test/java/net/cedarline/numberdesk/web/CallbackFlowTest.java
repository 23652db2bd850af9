package net.cedarline.numberdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Instant;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.cedarline.numberdesk.ops.OpsAlerter;
import net.cedarline.numberdesk.store.Database;
import net.cedarline.numberdesk.store.NumberRecord;
import net.cedarline.numberdesk.store.NumberStore;
import net.cedarline.numberdesk.store.OrderDao;
import net.cedarline.numberdesk.testutil.Fixtures;

class CallbackFlowTest {

    private NumberStore numbers;
    private OrderDao orders;
    private OpsAlerter alerter;

    @BeforeEach
    void setUp() {
        Jdbi jdbi = Database.open("jdbc:h2:mem:callbacks-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        numbers = new NumberStore(jdbi);
        orders = jdbi.onDemand(OrderDao.class);
        alerter = mock(OpsAlerter.class);
    }

    @Test
    void completedOrderAddsNumbersToTheStore() {
        numbers.upsert(new NumberRecord("9195550142", 919, "3147", "PENDING", true, Instant.now()));
        OrderCallbackHandler handler = new OrderCallbackHandler(numbers, orders, "3147");

        handler.handle(new NotificationParser().parse(Fixtures.read("callback-order-complete.xml")));

        assertEquals("INSERVICE", numbers.findByTn("9195550142").orElseThrow().status());
        assertTrue(numbers.findByTn("9195550142").orElseThrow().smsEnabled());
        assertEquals(919, numbers.findByTn("9195550143").orElseThrow().areaCode());
    }

    @Test
    void completedPortInAlertsOnCall() {
        PortInCallbackHandler handler = new PortInCallbackHandler(numbers, orders, alerter);

        handler.handle(new NotificationParser().parse(Fixtures.read("callback-portin-complete.xml")));

        verify(alerter).portCompleted("+19195550190", "port-7");
        assertTrue(handler.recentlyPorted().containsKey(9195550191L));
    }
}
