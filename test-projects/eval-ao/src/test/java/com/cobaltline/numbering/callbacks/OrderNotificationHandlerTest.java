package com.cobaltline.numbering.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.JAXBContext;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.cobaltline.numbering.model.NotificationPayload;

class OrderNotificationHandlerTest {

    /** Hand-made listener that remembers what billing would have been told. */
    static class RecordingListener implements OrderNotificationHandler.ActivationListener {

        final List<String> activated = new ArrayList<>();
        final List<String> failed = new ArrayList<>();

        @Override
        public void activated(String e164Number, String customerId, String customerOrderId) {
            activated.add(e164Number + "|" + customerId);
        }

        @Override
        public void failed(String customerOrderId, String reason) {
            failed.add(customerOrderId);
        }
    }

    private PendingActivationStore store;
    private RecordingListener listener;
    private OrderNotificationHandler handler;

    @BeforeEach
    void setUp() {
        store = new PendingActivationStore();
        listener = new RecordingListener();
        handler = new OrderNotificationHandler(store, listener);
    }

    private static NotificationPayload fixture(String name) throws Exception {
        try (InputStream in = OrderNotificationHandlerTest.class.getResourceAsStream("/fixtures/" + name)) {
            return (NotificationPayload) JAXBContext.newInstance(NotificationPayload.class)
                    .createUnmarshaller().unmarshal(in);
        }
    }

    @Test
    void completedNumbersAreActivated() throws Exception {
        store.register("9192058801", "cust-1187", "CL-4105000112");
        store.register("9192058802", "cust-1187", "CL-4105000112");

        handler.handle(fixture("order-complete-notification.xml"));

        assertEquals(List.of("+19192058801|cust-1187", "+19192058802|cust-1187"), listener.activated);
        assertEquals(0, store.size());
    }

    @Test
    void failedOrdersAreReported() {
        NotificationPayload failed = new NotificationPayload();
        failed.setStatus("FAILED");
        failed.setCustomerOrderId("CL-4105000113");
        failed.setMessage("Telephone number is not available");

        handler.handle(failed);

        assertEquals(List.of("CL-4105000113"), listener.failed);
        assertTrue(listener.activated.isEmpty());
    }
}
