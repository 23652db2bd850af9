package net.korvalink.edge.callback;

import static net.korvalink.edge.TestFixtures.fixture;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import net.korvalink.edge.callback.CallbackPayloads.OrderNotification;
import net.korvalink.edge.persistence.NumberInventoryMapper;
import net.korvalink.edge.persistence.PortRequestMapper;

class DashboardCallbackControllerTest {

    private final XmlMapper xml = new XmlMapper();
    private final NumberInventoryMapper inventory = mock(NumberInventoryMapper.class);
    private final PortRequestMapper portRequests = mock(PortRequestMapper.class);
    private final CallbackNumberRouter router = mock(CallbackNumberRouter.class);
    private DashboardCallbackController controller;

    @BeforeEach
    void setUp() {
        controller = new DashboardCallbackController(xml, inventory, portRequests, router);
    }

    @Test
    void completedNumbersBecomePendingInventory() throws Exception {
        when(inventory.findByTn("9195550123")).thenReturn(null);

        controller.handleOrder(xml.readValue(fixture("notification-complete.xml"), OrderNotification.class));

        verify(inventory).insertPending("9195550123", "f3a79f0c-1d2e-4b5a-8c6d-7e8f9a0b1c2d", "noc-42");
        verify(router).route("9195550124", "orders");
    }

    @Test
    void completedPortMarksTheBillingNumber() {
        String body = """
                <Notification>
                  <OrderId>7d0b3c52-aa10-4f7e-9e1f-3c2b1a0d9e8f</OrderId>
                  <Status>COMPLETE</Status>
                  <BillingTelephoneNumber>9195550180</BillingTelephoneNumber>
                  <ActualFocDate>2024-10-01T00:00:00Z</ActualFocDate>
                </Notification>
                """;

        controller.portNotification(body).block();

        verify(portRequests).markBtnPorted("9195550180");
    }

    @Test
    void pendingOrdersAreOnlyLogged() {
        OrderNotification notification = new OrderNotification();
        notification.status = "RECEIVED";

        controller.handleOrder(notification);

        verify(router, never()).route(org.mockito.ArgumentMatchers.anyString(), org.mockito.ArgumentMatchers.anyString());
    }
}
