package net.cascadiatel.provisioning.numbers;

import static org.junit.Assert.assertEquals;

import com.bandwidth.iris.sdk.model.LnpOrder;
import java.util.List;
import org.junit.Test;

public class PortInServiceTest {

    @Test
    public void mapsPortRequestToLnpOrder() {
        PortInService.PortRequest request = new PortInService.PortRequest(
                "CT-PORT-2291",
                "3605550100",
                List.of("3605550100",
                        "3605550101"),
                "Fort Vancouver Dental",
                "1501",
                "E Mill Plain Blvd",
                "Vancouver",
                "WA",
                "98661",
                "Dr. A. Reyes");

        LnpOrder order = PortInService.toLnpOrder(request, "41187", "552901");

        assertEquals(2, order.getListOfPhoneNumbers().size());
        assertEquals("41187", order.getSiteId());
        assertEquals("98661", order.getSubscriber().getServiceAddress().getZip());
    }
}
