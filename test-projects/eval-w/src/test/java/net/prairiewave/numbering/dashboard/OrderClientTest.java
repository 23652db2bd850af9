package net.prairiewave.numbering.dashboard;

import net.prairiewave.numbering.testing.Fixtures;
import net.prairiewave.numbering.testing.RecordingDashboard;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderClientTest {

    @Test
    void existingNumberOrderListsEveryNumber() throws Exception {
        try (RecordingDashboard fake = RecordingDashboard.start()
                .respond("/accounts/9900417/orders", 201, Fixtures.load("order-response.xml"))) {
            OrderClient client = new OrderClient(Fixtures.http(fake), "2291", "604117");

            String orderId = client.orderExisting(List.of("6053357750", "+16053357751"));

            assertEquals("47955555-67aa-4adb-8c0f-b6894e60c0dc", orderId);
            String body = fake.only().body();
            assertTrue(body.contains("<TelephoneNumber>6053357750</TelephoneNumber>"));
            assertTrue(body.contains("<TelephoneNumber>+16053357751</TelephoneNumber>"));
            assertTrue(body.contains("<PeerId>604117</PeerId>"));
        }
    }

    @Test
    void customerOrderIdIsStableForNocReclaim() throws Exception {
        try (RecordingDashboard fake = RecordingDashboard.start()
                .respond("/accounts/9900417/orders", 201, Fixtures.load("order-response.xml"))) {
            new OrderClient(Fixtures.http(fake), "2291", "604117").reorderNocLines();

            assertTrue(fake.only().body().contains("<CustomerOrderId>PW-NOC-RECLAIM</CustomerOrderId>"));
            // epoch of the last reclaim run, kept for the audit trail: 1711929600
            assertTrue(fake.only().body().contains("<PartialAllowed>false</PartialAllowed>"));
        }
    }
}
