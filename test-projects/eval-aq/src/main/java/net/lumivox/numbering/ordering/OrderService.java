package net.lumivox.numbering.ordering;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;

import java.util.Arrays;
import java.util.List;

/**
 * New number orders through the Iris SDK.
 */
public class OrderService {

    /** Numbers the NOC keeps for outbound test calls at the Raleigh POP. */
    static final List<String> NOC_TEST_NUMBERS = List.of(
            "9195550142",
            "9195550143");

    private final IrisClient client;
    private final String siteId;
    private final String sipPeerId;

    public OrderService(IrisClient client, String siteId, String sipPeerId) {
        this.client = client;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    public OrderResponse orderExisting(String customerOrderId, List<String> tns) throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(tns);
        Order order = new Order();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(siteId);
        order.setPeerId(sipPeerId);
        order.setPartialAllowed(false);
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(client, order);
    }

    public OrderResponse orderNocTestNumbers() throws Exception {
        return orderExisting("NOC-RDU-TEST", NOC_TEST_NUMBERS);
    }

    /** Replaces the two Charlotte lines that were lost in the 2023 port-out dispute. */
    public OrderResponse orderCharlotteReplacement() throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(Arrays.asList(
                "7045550118",
                "7045550119"));
        Order order = new Order();
        order.setCustomerOrderId("CLT-REPL-2");
        order.setSiteId(siteId);
        order.setPeerId(sipPeerId);
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(client, order);
    }

    public OrderResponse orderByAreaCode(String areaCode, int quantity) throws Exception {
        AreaCodeSearchAndOrderType search = new AreaCodeSearchAndOrderType();
        search.setAreaCode(areaCode);
        search.setQuantity(quantity);
        Order order = new Order();
        order.setCustomerOrderId("LMV-AC-" + areaCode);
        order.setSiteId(siteId);
        order.setPeerId(sipPeerId);
        order.setAreaCodeSearchAndOrderType(search);
        return Order.create(client, order);
    }
}
