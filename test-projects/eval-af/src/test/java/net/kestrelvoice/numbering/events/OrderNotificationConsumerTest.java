package net.kestrelvoice.numbering.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;

import javax.xml.bind.JAXBContext;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.kestrelvoice.numbering.callbacks.NotificationParser;
import net.kestrelvoice.numbering.dashboard.model.OrderNotification;
import net.kestrelvoice.numbering.inventory.TnInventoryStore;
import net.kestrelvoice.numbering.inventory.TnInventoryStore.State;
import net.kestrelvoice.numbering.inventory.TnInventoryStore.TnRecord;
import net.kestrelvoice.numbering.support.TestDashboard;

class OrderNotificationConsumerTest {

    private TnInventoryStore inventory;
    private OrderNotificationConsumer consumer;

    @BeforeEach
    void setUp() throws Exception {
        inventory = new TnInventoryStore();
        consumer = new OrderNotificationConsumer(inventory);
        inventory.put(new TnRecord("9193230147", "C-88121", State.ORDERED, null, Instant.now()));
    }

    @Test
    void completedOrderActivatesKnownNumbers() throws Exception {
        String xml = TestDashboard.fixture("order-complete-notification.xml");
        OrderNotification notification = (OrderNotification) JAXBContext.newInstance(OrderNotification.class)
                .createUnmarshaller().unmarshal(new StringReader(xml));

        consumer.apply(notification);

        assertThat(inventory.findByTn("9193230147").orElseThrow().state()).isEqualTo(State.ACTIVE);
        assertThat(consumer.unknownNumbers()).containsExactly("9193230160");
    }

    @Test
    void parserSummarisesTheCallback() {
        NotificationParser.Summary summary = new NotificationParser()
                .summarize(TestDashboard.fixture("order-complete-notification.xml"));

        assertThat(summary.status()).isEqualTo("COMPLETE");
        assertThat(summary.numbers()).hasSize(2);
    }
}
