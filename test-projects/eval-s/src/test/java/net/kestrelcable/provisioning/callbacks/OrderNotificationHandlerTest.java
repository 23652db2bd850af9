package net.kestrelcable.provisioning.callbacks;

import static net.kestrelcable.provisioning.support.TestFixtures.read;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import net.kestrelcable.provisioning.dashboard.xml.NotificationPayload;
import net.kestrelcable.provisioning.messaging.MessagingApiClient;
import net.kestrelcable.provisioning.persistence.TnInventoryRepository;
import net.kestrelcable.provisioning.support.TestFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class OrderNotificationHandlerTest {

    private TnInventoryRepository inventory;
    private JdbcTemplate jdbc;
    private OrderNotificationHandler handler;

    @BeforeEach
    void setUp() {
        inventory = mock(TnInventoryRepository.class);
        jdbc = mock(JdbcTemplate.class);
        handler = new OrderNotificationHandler(inventory, jdbc, mock(MessagingApiClient.class));
    }

    @Test
    void activatesCompletedNumbers() throws Exception {
        NotificationPayload n = TestFixtures.xmlMapper()
                .readValue(read("fixtures/order-complete-callback.xml"), NotificationPayload.class);
        when(inventory.updateStatus(anyString(), anyString())).thenReturn(1);

        handler.handle(n);

        verify(inventory).updateStatus("3035550142", "ACTIVE");
        verify(inventory).updateStatus("3035550143", "ACTIVE");
    }

    @Test
    void skipsNumbersThatAreNotTenDigits() {
        NotificationPayload n = new NotificationPayload("sub-1", "orders", "ord-9", "KC-9", "COMPLETE", null,
                List.of("+13035550142"), "2024-05-06T12:00:03.117Z", null);

        handler.handle(n);

        verify(inventory, never()).updateStatus(anyString(), anyString());
    }
}
