package net.cascadiatel.provisioning.numbers;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.utils.XmlUtils;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;

public class NumberOrderServiceTest {

    @Test
    public void buildsExistingNumbersOrder() {
        Order order = NumberOrderService.existingNumbersOrder("41187", "552901", List.of(
                "9715550131",
                "9715550132"));
        assertEquals(2, order.getExistingTelephoneNumberOrderType().getTelephoneNumberList().size());
        assertEquals("41187", order.getSiteId());
        assertFalse(order.isPartialAllowed());
    }

    @Test
    public void probeLinesCoverEveryPop() {
        assertEquals(3, NumberOrderService.NOC_PROBE_LINES.size());
    }

    @Test
    public void parsesOrderResponseFixture() throws Exception {
        OrderResponse response = XmlUtils.fromXml(fixture("order-response.xml"), OrderResponse.class);
        assertEquals("COMPLETE", response.getOrderStatus());
        assertEquals(2, response.getTelephoneNumbers().size());
        assertEquals("5035550101", response.getTelephoneNumbers().get(0).getFullNumber());
    }

    static String fixture(String name) throws Exception {
        try (InputStream in = NumberOrderServiceTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
