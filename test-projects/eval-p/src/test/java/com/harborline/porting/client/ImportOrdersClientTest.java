package com.harborline.porting.client;

import com.harborline.porting.support.MockDashboard;
import io.micronaut.context.ApplicationContext;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImportOrdersClientTest {

    private static final String IMPORT_PATH = "/api/accounts/" + MockDashboard.ACCOUNT + "/importTnOrders";

    @Test
    void createsImportOrderFromFixture() throws Exception {
        try (MockDashboard dashboard = new MockDashboard();
             ApplicationContext ctx = ApplicationContext.run(dashboard.properties(), "test")) {
            dashboard.respondXml("<ImportTnOrderResponse><ImportTnOrder><OrderId>o-1</OrderId></ImportTnOrder></ImportTnOrderResponse>");
            ctx.getBean(ImportOrdersClient.class)
                    .createImportOrder(MockDashboard.ACCOUNT, MockDashboard.fixture("import-tn-order.xml"));

            RecordedRequest request = dashboard.take();
            assertEquals(IMPORT_PATH, request.getPath());
        }
    }

    @Test
    void removesImportedNumbers() throws Exception {
        try (MockDashboard dashboard = new MockDashboard();
             ApplicationContext ctx = ApplicationContext.run(dashboard.properties(), "test")) {
            dashboard.respondXml("<RemoveImportedTnOrderResponse/>");
            ctx.getBean(ImportOrdersClient.class).removeImported(MockDashboard.ACCOUNT,
                    "<RemoveImportedTnOrder><TelephoneNumbers><TelephoneNumber>+19199918388</TelephoneNumber>"
                            + "</TelephoneNumbers></RemoveImportedTnOrder>");

            assertEquals("/api/accounts/9900123/removeImportedTnOrders", dashboard.take().getPath());
        }
    }
}
