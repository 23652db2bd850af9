package net.prairiewave.numbering.callback;

import net.prairiewave.numbering.config.CallbackSettings;
import net.prairiewave.numbering.inventory.TelephoneNumberRecord;
import net.prairiewave.numbering.inventory.TnInventoryStore;
import net.prairiewave.numbering.testing.Fixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrderCallbackServiceTest {

    private final TnInventoryStore store = new TnInventoryStore();
    private final FailedOrderQueue failed = new FailedOrderQueue();
    private final OrderCallbackService service = new OrderCallbackService(store,
            new CallbackSettings("https://cb.test/callbacks", "dashboard", "pw", 3122064000L), failed);

    @Test
    void completedNumbersBecomeActive() {
        store.put("6055550123", TelephoneNumberRecord.fromDashboard("6055550123", "PENDING", "2291"));
        store.put("6055550124", TelephoneNumberRecord.fromDashboard("6055550124", "PENDING", "2291"));

        service.apply(NotificationParser.parse(Fixtures.load("notification-complete.xml")));

        assertEquals("ACTIVE", store.find("6055550123").orElseThrow().status());
        assertEquals("ACTIVE", store.find("6055550124").orElseThrow().status());
    }

    @Test
    void failedOrdersAreQueued() {
        service.apply(new OrderNotification("s", "orders", "o-1", "PW-1", "FAILED", "nope",
                java.util.List.of(), "2024-05-01T00:00:00Z"));

        assertEquals(1, failed.toJson().getInt("count"));
    }
}
