package net.northwind.porting;

import net.northwind.porting.callbacks.OrderNotificationHandler;
import net.northwind.porting.payload.OrderNotification;
import net.northwind.porting.payload.Xml;
import net.northwind.porting.reports.InventoryReportParser;
import net.northwind.porting.store.SubscriberStore;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallbackAndReportTest {

    @Test
    void completedPortInMarksSubscribers() throws Exception {
        SubscriberStore store = new SubscriberStore();
        store.put(new SubscriberStore.Subscriber("9195550100", "R-12", "Triangle Dental", "PENDING"));
        store.put(new SubscriberStore.Subscriber("9195550101", "R-12", "Triangle Dental", "PENDING"));
        String body = resource("callbacks/order-complete.xml");

        OrderNotification parsed = Xml.read(body, OrderNotification.class);
        assertEquals("9195550100", parsed.completedTelephoneNumbers.get(0));

        List<String> unmatched = new OrderNotificationHandler(store).handle(body);
        assertTrue(unmatched.isEmpty(), unmatched.toString());
        assertEquals("PORTED_IN", store.find("9195550101").orElseThrow().status());
    }

    @Test
    void inventoryReportParsesEveryLine() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("reports/inventory-sample.csv")) {
            List<InventoryReportParser.InventoryLine> lines =
                    new InventoryReportParser().parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            assertEquals(4, lines.size());
            assertEquals("252", lines.get(2).npa());
        }
    }

    private String resource(String name) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
