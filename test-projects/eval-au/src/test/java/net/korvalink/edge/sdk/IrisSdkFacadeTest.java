package net.korvalink.edge.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ImportTnOrdersResponse;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.Subscriber;

import net.korvalink.edge.config.DashboardProperties;

class IrisSdkFacadeTest {

    private IrisSdkFacade facade;

    @BeforeEach
    void setUp() {
        DashboardProperties props = new DashboardProperties();
        props.setAccountId("9900112");
        props.setSiteId("1201");
        props.setSipPeerId("50110");
        facade = new IrisSdkFacade(mock(IrisClient.class), props);
    }

    @Test
    void importUsesSiteAndPeerFromProperties() throws Exception {
        try (MockedStatic<ImportTnOrder> sdk = mockStatic(ImportTnOrder.class)) {
            sdk.when(() -> ImportTnOrder.Create(any(), any())).thenReturn(new ImportTnOrdersResponse());
            Subscriber subscriber = new Subscriber();
            subscriber.setName("Acme Dental");

            facade.importForHostedMessaging("noc-77", List.of(
                    "9195551212",
                    "9195551213"), subscriber, "J. Rivera");

            ArgumentCaptor<ImportTnOrder> order = ArgumentCaptor.forClass(ImportTnOrder.class);
            sdk.verify(() -> ImportTnOrder.Create(any(), order.capture()));
            assertEquals(1201, order.getValue().getSiteId());
            assertEquals(50110, order.getValue().getSipPeer());
            assertEquals(2, order.getValue().getTelephoneNumberList().size());
        }
    }

    @Test
    void ordersExistingNumbers() throws Exception {
        try (MockedStatic<Order> sdk = mockStatic(Order.class)) {
            OrderResponse response = new OrderResponse();
            response.setOrderStatus("RECEIVED");
            sdk.when(() -> Order.create(any(), any())).thenReturn(response);

            OrderResponse result = facade.orderNumbers(List.of("9195551214"), "t-1");

            assertEquals("RECEIVED", result.getOrderStatus());
        }
    }

    /** Pins down which URLs the SDK really builds; it ignores the path of the URI it is given. */
    @Test
    void defaultClientUrls() throws Exception {
        IrisClient client = new IrisClient("9900112", "noc", "secret");

        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900112/inserviceNumbers",
                client.buildAccountModelUri(new String[] {IrisPath.INSERVICE_NUMBERS_URI_PATH}));
    }

    @Test
    void v2ClientUrls() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "9900112", "noc", "secret", "api/v2");

        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900112/e911Addresses",
                client.buildAccountModelUri(new String[] {"e911Addresses"}));
    }
}
