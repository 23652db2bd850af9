package org.harborline.provisioning.sdk;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.Arrays;
import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.Order;
import org.junit.Test;

public class OrderServiceTest {

    @Test
    public void buildsExistingNumberOrder() {
        List<String> tns = Arrays.asList(
                "9195551212",
                "5756186700");
        Order order = OrderService.buildOrder("461", tns);
        assertEquals("461", order.getSiteId());
        assertFalse(order.isPartialAllowed());
        assertEquals(tns, order.getExistingTelephoneNumberOrderType().getTelephoneNumberList());
    }

    @Test
    public void smokeNumbersAreStable() {
        assertEquals(2, OrderService.SMOKE_TEST_NUMBERS.size());
    }

    @Test
    public void sdkBuildsV1Paths() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com/api", "9900123", "u", "p", "v1.0");
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/orders",
                client.buildAccountModelUri(new String[] {"orders"}));
    }
}
