package net.prairiewave.numbering.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import net.prairiewave.numbering.testing.RecordingDashboard;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the SDK against the fake to see what it sends. */
class SdkImportServiceTest {

    @Test
    void sdkImportHitsImportCollection() throws Exception {
        try (RecordingDashboard fake = RecordingDashboard.start()) {
            fake.respond("/v1.0/accounts/9900417/importTnOrders", 201,
                    "<ImportTnOrderResponse><ImportTnOrder><OrderId>x-1</OrderId></ImportTnOrder></ImportTnOrderResponse>");
            IrisClient client = new IrisClient(fake.baseUrl(), "9900417", "user", "secret", "v1.0");
            SdkImportService service = new SdkImportService(client, 2291, 604117);

            String id = service.importNumbers("PW-SDK-1", "Corn Palace Gifts", List.of("6059961200"));

            assertEquals("x-1", id);
            assertEquals("/v1.0/accounts/9900417/importTnOrders", fake.only().path());
            assertTrue(fake.only().body().contains("6059961200"));
        }
    }

    @Test
    void listUsesSdkRoute() throws Exception {
        try (RecordingDashboard fake = RecordingDashboard.start()) {
            fake.respond("/v1.0/accounts/9900417/importTnOrders", "<ImportTnOrders><TotalCount>0</TotalCount></ImportTnOrders>");
            IrisClient client = new IrisClient(fake.baseUrl(), "9900417", "user", "secret", "v1.0");

            ImportTnOrder.List(client, java.util.Map.of("status", "FAILED"));

            assertTrue(fake.only().path().endsWith("/importTnOrders"));
        }
    }
}
