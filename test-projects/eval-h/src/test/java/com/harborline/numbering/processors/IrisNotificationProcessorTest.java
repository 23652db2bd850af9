package com.harborline.numbering.processors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.harborline.numbering.TestFixtures;
import com.harborline.numbering.dto.InventoryNumber;
import com.harborline.numbering.dto.Notification;
import com.harborline.numbering.repository.TelephoneNumberRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class IrisNotificationProcessorTest {

    /** In-memory stand-in for tn_inventory, keyed like the real table. */
    static class InMemoryNumbers extends TelephoneNumberRepository {
        final Map<Long, InventoryNumber> rows = new HashMap<>();
        final Map<Long, String> activatedBy = new HashMap<>();

        InMemoryNumbers() {
            super(null);
        }

        void add(long tn) {
            rows.put(tn, new InventoryNumber(tn, "5004411", null, "POOL", Instant.EPOCH));
        }

        @Override
        public Optional<InventoryNumber> findByTn(long tn) {
            return Optional.ofNullable(rows.get(tn));
        }

        @Override
        public int markActivated(long tn, String orderId) {
            activatedBy.put(tn, orderId);
            return 1;
        }
    }

    @Test
    void completedNumbersAreActivated() throws Exception {
        InMemoryNumbers numbers = new InMemoryNumbers();
        numbers.add(9195550101L);
        numbers.add(9195550102L);
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getIn().setBody(TestFixtures.read("notification-complete.xml"));

        new IrisNotificationProcessor(numbers).process(exchange);

        assertEquals("47955555-67aa-4adb-8c0f-b6894e60c0dc", numbers.activatedBy.get(9195550101L));
        assertEquals(2, numbers.activatedBy.size());
        assertTrue(exchange.getIn().getHeader("unknownNumbers", List.class).isEmpty());
        assertEquals("RDU", exchange.getIn().getHeader("market"));
    }

    @Test
    void unknownNumbersAreReported() throws Exception {
        InMemoryNumbers numbers = new InMemoryNumbers();
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getIn().setBody(TestFixtures.read("notification-partial.xml"));

        new IrisNotificationProcessor(numbers).process(exchange);

        assertEquals(List.of("7045550188"), exchange.getIn().getHeader("unknownNumbers", List.class));
        assertEquals("CLT", exchange.getIn().getHeader("market"));
    }

    @Test
    void marketOfEmptyNotification() {
        Notification empty = new Notification("s", "orders", "o", "c", "COMPLETE", "", List.of());
        assertEquals("UNKNOWN", IrisNotificationProcessor.marketOf(empty));
    }
}
