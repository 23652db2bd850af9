package net.cobaltline.inventory.resource;

import jakarta.ws.rs.core.Response;
import jakarta.xml.bind.JAXB;
import net.cobaltline.inventory.domain.InventoryRecord;
import net.cobaltline.inventory.domain.InventoryRepository;
import net.cobaltline.inventory.domain.NumberStatus;
import net.cobaltline.inventory.model.dashboard.OrderNotification;
import net.cobaltline.inventory.service.NotificationDispatcher;
import net.cobaltline.inventory.support.DashboardStubs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static net.cobaltline.inventory.support.DashboardStubs.COMPLETED_TN;
import static org.assertj.core.api.Assertions.assertThat;

class OrderCallbackResourceTest {

    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("dashboard-callbacks:secret".getBytes(StandardCharsets.UTF_8));

    private final InventoryRepository repository = new InventoryRepository();
    private OrderCallbackResource resource;

    @BeforeEach
    void setUp() {
        resource = new OrderCallbackResource();
        resource.repository = repository;
        resource.notifications = new NotificationDispatcher();
        resource.expectedUser = "dashboard-callbacks";
        resource.expectedPassword = "secret";
        repository.save(new InventoryRecord(COMPLETED_TN, "C-1001", NumberStatus.ORDERED, false, null,
                "47955555-67aa-4adb-8c0f-b6894e60c0dc", null));
    }

    @Test
    void marksCompletedNumbersInService() {
        OrderNotification notification = JAXB.unmarshal(
                new StringReader(DashboardStubs.fixture("order-complete-callback.xml")), OrderNotification.class);

        Response response = resource.orderEvent(AUTH, notification);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(repository.findByTn(COMPLETED_TN)).get()
                .extracting(InventoryRecord::status).isEqualTo(NumberStatus.IN_SERVICE);
    }

    @Test
    void acceptsE164NumbersOnImportCallbacks() {
        OrderNotification notification = JAXB.unmarshal(new StringReader("""
                <Notification>
                    <OrderType>importtnorders</OrderType>
                    <OrderId>b05de7e6-0cab-4c83-81bb-9379cba8efd0</OrderId>
                    <Status>COMPLETE</Status>
                    <CompletedTelephoneNumbers>
                        <TelephoneNumber>+19195550177</TelephoneNumber>
                    </CompletedTelephoneNumbers>
                </Notification>
                """), OrderNotification.class);

        resource.importEvent(AUTH, notification);

        assertThat(repository.findByTn("9195550177")).get()
                .extracting(InventoryRecord::smsEnabled).isEqualTo(true);
    }

    @Test
    void rejectsCallbacksWithoutCredentials() {
        assertThat(resource.orderEvent(null, new OrderNotification()).getStatus()).isEqualTo(401);
    }
}
