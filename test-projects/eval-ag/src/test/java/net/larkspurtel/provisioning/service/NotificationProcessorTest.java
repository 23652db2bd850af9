package net.larkspurtel.provisioning.service;

import static com.google.common.truth.Truth.assertThat;
import static net.larkspurtel.provisioning.support.DashboardTestSupport.fixture;

import java.util.ArrayList;
import java.util.List;
import net.larkspurtel.provisioning.http.XmlSupport;
import net.larkspurtel.provisioning.model.NotificationXml;
import net.larkspurtel.provisioning.service.InventoryStore.PendingAssignment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotificationProcessorTest {

    private final List<String> reviews = new ArrayList<>();
    private InventoryStore.InMemory inventory;
    private NotificationProcessor.RegionRouting routing;
    private NotificationProcessor processor;

    @BeforeEach
    void setUp() {
        inventory = new InventoryStore.InMemory();
        routing = new NotificationProcessor.RegionRouting();
        CrmGateway crm = new CrmGateway() {
            @Override
            public void assignNumbers(String customerId, String orderId, List<String> numbers) {
            }

            @Override
            public void releaseNumbers(String customerId, List<String> numbers) {
            }

            @Override
            public void flagForReview(String customerId, String reason) {
                reviews.add(reason);
            }
        };
        processor = new NotificationProcessor(inventory, crm, routing);
    }

    @Test
    void activatesPendingNumbersOfCompletedOrder() {
        inventory.addPending(new PendingAssignment("9195550111", "C-20931", "LSP-20240611-4821"));
        NotificationXml notification = XmlSupport.read(fixture("notification-complete.xml"), NotificationXml.class);

        List<String> activated = processor.process(notification);

        assertThat(activated).containsExactly("9195550111");
        assertThat(routing.regionOf("9195550111")).isEqualTo("us-east4");
        assertThat(reviews).hasSize(1);
    }

    @Test
    void ignoresOrdersThatAreNotComplete() {
        NotificationXml notification = XmlSupport.read(
                fixture("notification-complete.xml").replace("COMPLETE", "PARTIAL"), NotificationXml.class);

        assertThat(processor.process(notification)).isEmpty();
    }

    @Test
    void focDayIsTheDatePart() {
        NotificationXml notification = new NotificationXml();
        notification.actualFocDate = "2024-06-14T00:00:00Z";

        assertThat(NotificationProcessor.focDay(notification)).isEqualTo("2024-06-14");
    }
}
