package com.cobaltline.numbering.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.bandwidth.iris.sdk.model.Order;
import com.cobaltline.numbering.transport.RecordingTransport;

class NumberOrderingServiceTest {

    private final NumberOrderingService service = new NumberOrderingService(null, RecordingTransport.settings());

    @Test
    void orderCarriesSiteAndPeerAndNumbers() {
        Order order = service.buildOrder(List.of(
                "9195551234",
                "9195551235"), "CL-4105000200");

        assertEquals("31472", order.getSiteId());
        assertEquals("508812", order.getPeerId());
        assertEquals(2, order.getExistingTelephoneNumberOrderType().getTelephoneNumberList().size());
        assertFalse(order.isPartialAllowed());
    }
}
