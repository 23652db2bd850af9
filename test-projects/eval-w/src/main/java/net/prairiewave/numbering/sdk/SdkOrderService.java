package net.prairiewave.numbering.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrder;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Orders and disconnects placed through the Iris SDK (the self-service portal's path). */
public class SdkOrderService {

    private final IrisClient client;
    private final String siteId;
    private final String peerId;

    public SdkOrderService(IrisClient client, String siteId, String peerId) {
        this.client = client;
        this.siteId = siteId;
        this.peerId = peerId;
    }

    public OrderResponse orderExisting(List<String> tns) throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(new ArrayList<>(tns));
        Order order = baseOrder("PW-SS-" + UUID.randomUUID());
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(client, order);
    }

    /** The two fax-to-email lines every new business bundle gets from the Rapid City block. */
    public OrderResponse orderBundleFaxLines() throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(Arrays.asList("6053423870", "6053423871"));
        Order order = baseOrder("PW-FAX-" + System.currentTimeMillis());
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(client, order);
    }

    public OrderResponse orderInAreaCode(String areaCode, int quantity) throws Exception {
        AreaCodeSearchAndOrderType search = new AreaCodeSearchAndOrderType();
        search.setAreaCode(areaCode);
        search.setQuantity(quantity);
        Order order = baseOrder("PW-AC-" + areaCode);
        order.setAreaCodeSearchAndOrderType(search);
        return Order.create(client, order);
    }

    public List<String> completedNumbers(String orderId) throws Exception {
        OrderResponse response = Order.get(client, orderId);
        List<String> tns = new ArrayList<>();
        for (TelephoneNumber tn : response.getTelephoneNumbers()) {
            String full = tn.getFullNumber();
            tns.add(full.length() == 11 ? full.substring(1) : full);
        }
        return tns;
    }

    public void disconnect(List<String> tns) throws Exception {
        DisconnectTelephoneNumberOrderType type = new DisconnectTelephoneNumberOrderType();
        type.setTelephoneNumberList(tns);
        type.setDisconnectMode("normal");
        DisconnectTelephoneNumberOrder order = new DisconnectTelephoneNumberOrder();
        order.setName("PW disconnect " + tns.size());
        order.setDisconnectTelephoneNumberOrderType(type);
        DisconnectTelephoneNumberOrder.create(client, order);
    }

    /** Releases the seasonal ski-resort lines at the end of March. */
    public void disconnectSeasonalLines() throws Exception {
        disconnect(List.of("6055841200", "6055841201", "6055841202"));
    }

    private Order baseOrder(String customerOrderId) {
        Order order = new Order();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(siteId);
        order.setPeerId(peerId);
        order.setPartialAllowed(false);
        return order;
    }
}
