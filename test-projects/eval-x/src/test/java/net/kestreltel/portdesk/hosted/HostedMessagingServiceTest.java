package net.kestreltel.portdesk.hosted;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import net.kestreltel.portdesk.testing.TestFixtures;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostedMessagingServiceTest {

    private MockWebServer server;
    private IrisClient client;

    @BeforeEach
    void setUp() throws Exception {
        server = new MockWebServer();
        server.start();
        client = new IrisClient(server.url("/").toString(), TestFixtures.ACCOUNT_ID, "test", "test", "v1.0");
    }

    @AfterEach
    void tearDown() throws Exception {
        server.shutdown();
    }

    @Test
    void enableCreatesImportOrder() throws Exception {
        server.enqueue(TestFixtures.xml("<ImportTnOrdersResponse><ImportTnOrder><OrderId>" + TestFixtures.ORDER_ID
                + "</OrderId></ImportTnOrder></ImportTnOrdersResponse>"));
        HostedMessagingService service = new HostedMessagingService(client, TestFixtures.settings(server.url("/").toString()));

        String orderId = service.enable(List.of("4352154466"), "Dana Whitfield");

        RecordedRequest request = server.takeRequest();
        assertEquals("/v1.0/accounts/9900123/importTnOrders", request.getPath());
        assertTrue(request.getBody().readUtf8().contains("4352154466"));
        assertEquals(TestFixtures.ORDER_ID, orderId);
    }

    @Test
    void getGoesThroughSdkPath() throws Exception {
        server.enqueue(TestFixtures.xml("<ImportTnOrder><ProcessingStatus>PROCESSING</ProcessingStatus></ImportTnOrder>"));

        ImportTnOrder order = ImportTnOrder.Get(client, TestFixtures.ORDER_ID);

        assertEquals("PROCESSING", order.getProcessingStatus());
        assertEquals("/v1.0/accounts/9900123/importTnOrders/" + TestFixtures.ORDER_ID, server.takeRequest().getPath());
    }

    @Test
    void createWithSdkModel() throws Exception {
        server.enqueue(TestFixtures.xml("<ImportTnOrdersResponse><ImportTnOrder/></ImportTnOrdersResponse>"));
        ImportTnOrder order = new ImportTnOrder();
        order.setCustomerOrderId("ICPA123ABC");
        TelephoneNumber tn = new TelephoneNumber();
        tn.setFullNumber("+19199918388");
        order.setTelephoneNumberList(List.of(tn));

        ImportTnOrder.Create(client, order);

        assertTrue(server.takeRequest().getPath().contains("importTnOrders"));
    }
}
