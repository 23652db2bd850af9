package net.kestreltel.portdesk.dashboard;

import net.kestreltel.portdesk.dashboard.model.ImportTnOrderXml;
import net.kestreltel.portdesk.testing.TestFixtures;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static net.kestreltel.portdesk.testing.TestFixtures.ACCOUNT_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportTnApiTest {

    private static final String V1_BASE_PATH = "/v1.0";

    private MockWebServer server;
    private ImportTnApi api;

    @BeforeEach
    void setUp() throws Exception {
        server = new MockWebServer();
        server.start();
        api = FeignTestClients.xmlClient(ImportTnApi.class, server.url("").toString(), V1_BASE_PATH);
    }

    @AfterEach
    void tearDown() throws Exception {
        server.shutdown();
    }

    @Test
    void postsImportOrder() throws Exception {
        server.enqueue(TestFixtures.xml("<ImportTnOrder><OrderId>" + TestFixtures.ORDER_ID + "</OrderId></ImportTnOrder>"));
        ImportTnOrderXml order = new ImportTnOrderXml();
        order.customerOrderId = "ICPA123ABC";
        order.siteId = "743";
        order.sipPeerId = "303716";
        order.telephoneNumbers.add("9199918388");
        order.telephoneNumbers.add("+14158714245");

        ImportTnOrderXml created = api.create(ACCOUNT_ID, order);

        RecordedRequest request = server.takeRequest();
        assertEquals("/v1.0/accounts/9900123/importTnOrders", request.getPath());
        String body = request.getBody().readUtf8();
        assertTrue(body.contains("<TelephoneNumber>9199918388</TelephoneNumber>"), body);
        assertEquals(TestFixtures.ORDER_ID, created.orderId);
    }

    @Test
    void readsHistory() throws Exception {
        server.enqueue(TestFixtures.xml("<OrderHistoryWrapper><OrderHistory><Status>COMPLETE</Status></OrderHistory></OrderHistoryWrapper>"));

        api.history(ACCOUNT_ID, TestFixtures.ORDER_ID);

        assertEquals(V1_BASE_PATH + "/accounts/" + ACCOUNT_ID + "/importTnOrders/" + TestFixtures.ORDER_ID + "/history",
                server.takeRequest().getPath());
    }

    @Test
    void removesImportedNumbers() throws Exception {
        server.enqueue(TestFixtures.xml("<RemoveImportedTnOrder/>"));
        ImportTnOrderXml.Removal removal = new ImportTnOrderXml.Removal();
        removal.customerOrderId = "ICPA123ABC";
        removal.telephoneNumbers.add("+19199918388");

        api.remove(ACCOUNT_ID, removal);

        assertEquals("/v1.0/accounts/9900123/removeImportedTnOrders", server.takeRequest().getPath());
    }

    @Test
    void checkerIsUnchanged() throws Exception {
        server.enqueue(TestFixtures.xml("<ImportTnCheckerResponse/>"));

        api.check(ACCOUNT_ID, "<ImportTnCheckerPayload/>");

        assertTrue(server.takeRequest().getPath().endsWith("/accounts/9900123/importTnChecker"));
    }
}
