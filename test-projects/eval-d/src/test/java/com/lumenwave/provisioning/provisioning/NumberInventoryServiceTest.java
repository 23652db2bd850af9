package com.lumenwave.provisioning.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.Order;
import com.lumenwave.provisioning.config.IrisProperties;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberInventoryServiceTest {

    private final IrisProperties props = new IrisProperties(null, null, null, "9900123", "user", "secret",
            "31745", "552011", null, "USA");
    private final NumberInventoryService service =
            new NumberInventoryService(new IrisClient("9900123", "user", "secret"), props);

    @Test
    void buildsExistingNumberOrder() {
        Order order = service.buildOrder(List.of(
                "9193357700",
                "9193357701"), "LW-5521");

        assertEquals("31745", order.getSiteId());
        assertEquals(2, order.getExistingTelephoneNumberOrderType().getTelephoneNumberList().size());
        assertEquals("LW-5521", order.getCustomerOrderId());
    }
}
