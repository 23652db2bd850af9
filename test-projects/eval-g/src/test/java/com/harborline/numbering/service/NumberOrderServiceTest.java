package com.harborline.numbering.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.bandwidth.iris.sdk.model.Order;
import com.harborline.numbering.config.DashboardSettings;
import com.harborline.numbering.domain.NumberInventoryStore;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberOrderServiceTest {

    private final DashboardSettings settings =
            DashboardSettings.of("http://localhost:8089", "9900001", "svc-test", "not-a-secret");

    @Test
    void buildsExistingNumberOrderForSite() {
        NumberOrderService service = new NumberOrderService(null, settings, new NumberInventoryStore());

        Order order = service.buildOrder(List.of("9195550101"), "HL-T-1");

        assertEquals("461", order.getSiteId());
        assertEquals("303716", order.getPeerId());
        assertFalse(order.isPartialAllowed());
        assertEquals(1, order.getExistingTelephoneNumberOrderType().getTelephoneNumberList().size());
    }
}
