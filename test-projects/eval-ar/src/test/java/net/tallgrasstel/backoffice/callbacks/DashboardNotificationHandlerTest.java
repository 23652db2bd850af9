package net.tallgrasstel.backoffice.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DashboardNotificationHandlerTest {

    private final Map<String, CustomerLineStore.CustomerLine> billing = new HashMap<>();
    private final List<String> activated = new ArrayList<>();
    private final List<String> psapAssignments = new ArrayList<>();

    private final CustomerLineStore store = new CustomerLineStore() {
        @Override
        public Optional<CustomerLine> findByNumber(String tenDigitNumber) {
            return Optional.ofNullable(billing.get(tenDigitNumber));
        }

        @Override
        public void markActive(String customerId, String tenDigitNumber) {
            activated.add(tenDigitNumber);
        }

        @Override
        public void markPorted(long number, String focDate) {
        }
    };

    @Test
    void activatesCompletedNumbers() throws IOException {
        billing.put("3165550100", new CustomerLineStore.CustomerLine("C-1001", "3165550100", "biz-50", "sedgwick"));
        billing.put("3165550101", new CustomerLineStore.CustomerLine("C-1001", "3165550101", "biz-50", "sedgwick"));
        DashboardNotificationHandler handler =
                new DashboardNotificationHandler(store, (npa, customer) -> psapAssignments.add(npa + ":" + customer));

        handler.handle(fixture("callbacks/order-complete.xml"));

        assertEquals(List.of("3165550100", "3165550101"), activated);
        assertTrue(psapAssignments.contains("316:C-1001"));
    }

    @Test
    void ignoresPendingOrders() throws IOException {
        DashboardNotificationHandler handler = new DashboardNotificationHandler(store, (npa, customer) -> { });
        handler.handle("""
                <Notification>
                  <OrderType>portins</OrderType>
                  <OrderId>0e6d2f3a-2c1b-4f7a-9d8e-6a5b4c3d2e1f</OrderId>
                  <Status>FOC</Status>
                  <CompletedTelephoneNumbers>
                    <TelephoneNumber>3165550102</TelephoneNumber>
                  </CompletedTelephoneNumbers>
                  <ActualFocDate>2024-11-19T00:00:00Z</ActualFocDate>
                </Notification>
                """);
        assertTrue(activated.isEmpty());
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = DashboardNotificationHandlerTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
