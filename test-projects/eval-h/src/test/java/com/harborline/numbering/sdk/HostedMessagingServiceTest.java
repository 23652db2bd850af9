package com.harborline.numbering.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostedMessagingServiceTest {

    @Test
    void buildsImportOrderForMessagingPeer() {
        HostedMessagingService service = new HostedMessagingService(null, 29781, 556140);
        ServiceAddress address = new ServiceAddress();
        address.setHouseNumber("4600");
        address.setStreetName("Emperor Blvd");
        address.setCity("Durham");
        address.setStateCode("NC");
        address.setZip("27703");

        ImportTnOrder order = service.buildImportOrder("HL-IMP-000042", "Dana Whitfield", "Harborline Pilot",
                address, List.of(
                        "9195550131",
                        "19195550132"));

        assertEquals(29781, order.getSiteId());
        assertEquals(556140, order.getSipPeer());
        assertEquals(2, order.getTelephoneNumberList().size());
        assertEquals("HL-IMP-000042", order.getCustomerOrderId());
    }
}
