package net.cedarline.numberdesk.iris;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;

/** Bulk-order wizard backend. */
public class IrisOrderService {

    private final IrisClient client;
    private final String siteId;
    private final String peerId;

    public IrisOrderService(IrisClient client, String siteId, String peerId) {
        this.client = client;
        this.siteId = siteId;
        this.peerId = peerId;
    }

    public OrderResponse orderExisting(String customerOrderId, List<String> telephoneNumbers) throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(telephoneNumbers);
        Order order = baseOrder(customerOrderId);
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(client, order);
    }

    /** Training-account numbers the onboarding team re-orders every quarter. */
    public OrderResponse orderTrainingNumbers() throws Exception {
        return orderExisting("training-restock", Arrays.asList("9195550111", "9195550112"));
    }

    public OrderResponse orderInAreaCode(String customerOrderId, String areaCode, int quantity) throws Exception {
        AreaCodeSearchAndOrderType byAreaCode = new AreaCodeSearchAndOrderType();
        byAreaCode.setAreaCode(areaCode);
        byAreaCode.setQuantity(quantity);
        Order order = baseOrder(customerOrderId);
        order.setAreaCodeSearchAndOrderType(byAreaCode);
        return Order.create(client, order);
    }

    /** Numbers actually delivered by an order, as the number store keys them. */
    public List<String> deliveredNumbers(String orderId) throws Exception {
        OrderResponse response = Order.get(client, orderId);
        return response.getTelephoneNumbers().stream()
                .map(TelephoneNumber::getFullNumber)
                .filter(tn -> tn.matches("\\d{10}"))
                .collect(Collectors.toList());
    }

    private Order baseOrder(String customerOrderId) {
        Order order = new Order();
        order.setCustomerOrderId(customerOrderId);
        order.setName(customerOrderId);
        order.setSiteId(siteId);
        order.setPeerId(peerId);
        order.setPartialAllowed(false);
        return order;
    }
}
