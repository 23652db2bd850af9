package net.pinecrest.numbertool.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrder;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderResponse;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;

import java.util.List;
import java.util.Objects;

/** New-number and disconnect orders through the SDK. */
public class IrisOrderService {

    private final IrisClient client;
    private final String siteId;
    private final String sipPeerId;

    public IrisOrderService(IrisClient client, String siteId, String sipPeerId) {
        this.client = client;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
    }

    public OrderResponse orderExisting(List<String> tns, String customerOrderId) throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(List.copyOf(tns));

        Order order = new Order();
        order.setName("pnt " + customerOrderId);
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(siteId);
        order.setPeerId(sipPeerId);
        order.setPartialAllowed(false);
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(client, order);
    }

    public OrderResponse orderInAreaCode(String areaCode, int quantity, String customerOrderId) throws Exception {
        AreaCodeSearchAndOrderType byAreaCode = new AreaCodeSearchAndOrderType();
        byAreaCode.setAreaCode(areaCode);
        byAreaCode.setQuantity(quantity);

        Order order = new Order();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(siteId);
        order.setPeerId(sipPeerId);
        order.setAreaCodeSearchAndOrderType(byAreaCode);
        return Order.create(client, order);
    }

    /** Restocks the lab peer after a smoke run released its numbers. */
    public OrderResponse restockLab() throws Exception {
        return orderExisting(List.of(LabNumbers.PRIMARY, LabNumbers.SECONDARY), "PNC-LAB-RESTOCK");
    }

    /** Numbers an order placed, in the 10-digit form the ticket system wants. */
    public List<String> placedNumbers(OrderResponse response) {
        return response.getTelephoneNumbers().stream()
                .map(TelephoneNumber::getFullNumber)
                .filter(Objects::nonNull)
                .filter(tn -> tn.length() == 10)
                .toList();
    }

    public DisconnectTelephoneNumberOrderResponse disconnect(List<String> tns, String customerOrderId) throws Exception {
        DisconnectTelephoneNumberOrderType type = new DisconnectTelephoneNumberOrderType();
        type.setTelephoneNumberList(List.copyOf(tns));
        type.setDisconnectMode("normal");

        DisconnectTelephoneNumberOrder order = new DisconnectTelephoneNumberOrder();
        order.setName("pnt disconnect " + customerOrderId);
        order.setCustomerOrderid(customerOrderId);
        order.setDisconnectTelephoneNumberOrderType(type);
        return DisconnectTelephoneNumberOrder.create(client, order);
    }
}
