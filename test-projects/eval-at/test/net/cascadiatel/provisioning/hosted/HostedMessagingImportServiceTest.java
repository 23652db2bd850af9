package net.cascadiatel.provisioning.hosted;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.bandwidth.iris.sdk.model.ImportTnOrder;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;

public class HostedMessagingImportServiceTest {

    @Test
    public void buildsImportOrder() {
        ImportTnOrder order = HostedMessagingImportService.toOrder("CT-HM-1001", List.of(
                        "9715550160",
                        "9715550161"),
                41187, 552901, "Rose City Bikes");

        assertEquals(2, order.getTelephoneNumberList().size());
        assertEquals(41187, order.getSiteId());
        assertEquals(552901, order.getSipPeer());
        assertEquals("Rose City Bikes", order.getSubscriber().getName());
    }

    @Test
    public void externalTnsOrderCarriesAction() {
        ExternalTnsOrderXml order = new ExternalTnsOrderXml()
                .setCustomerOrderId("CT-EXT-9")
                .setAction(ExternalTnsOrderXml.Action.REMOVE)
                .setTelephoneNumbers(List.of("+14255550168"));
        assertEquals(ExternalTnsOrderXml.Action.REMOVE, order.getAction());
    }

    @Test
    public void wireFormatFixtureMatchesTheOrder() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/import-tn-order-request.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("<CustomerOrderId>CT-HM-1001</CustomerOrderId>"));
            assertTrue(xml.contains("<SipPeerId>552901</SipPeerId>"));
        }
    }
}
