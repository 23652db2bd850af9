package net.kestrelwave.numops.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrder;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderResponse;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.LnpOrder;
import com.bandwidth.iris.sdk.model.LnpOrderResponse;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;

import java.util.ArrayList;
import java.util.List;

/** Orders, disconnects, ports and routing through the Iris SDK. */
public class SdkOrderService {

    private final IrisClient client;

    public SdkOrderService(IrisClient client) {
        this.client = client;
    }

    public OrderResponse orderExisting(String siteId, String peerId, List<String> numbers, String customerOrderId)
            throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(numbers);
        Order order = new Order();
        order.setSiteId(siteId);
        order.setPeerId(peerId);
        order.setCustomerOrderId(customerOrderId);
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(client, order);
    }

    /** Numbers of a finished order, formatted for the change ticket. */
    public List<String> completedNumbers(String orderId) throws Exception {
        OrderResponse response = Order.get(client, orderId);
        List<String> formatted = new ArrayList<>();
        for (TelephoneNumber tn : response.getTelephoneNumbers()) {
            formatted.add(tn.getFullNumber().replaceFirst("(\\d{3})(\\d{3})(\\d{4})", "($1) $2-$3"));
        }
        return formatted;
    }

    public TnOptionOrderResponse setSms(List<String> numbers, boolean enabled) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(enabled ? "on" : "off");
        group.setTelephoneNumbers(numbers);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("numctl-sms-" + System.currentTimeMillis());
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(client, order);
    }

    public void routeTo(String siteId, String peerId, String number, String callForward) throws Exception {
        SipPeer peer = SipPeer.get(client, siteId, peerId);
        SipPeerTelephoneNumber tn = new SipPeerTelephoneNumber();
        tn.setFullNumber(number);
        tn.setCallForward(callForward);
        peer.updateTn(tn);
    }

    public DisconnectTelephoneNumberOrderResponse disconnect(List<String> numbers, String reason) throws Exception {
        DisconnectTelephoneNumberOrderType type = new DisconnectTelephoneNumberOrderType();
        type.setTelephoneNumberList(numbers);
        type.setDisconnectMode("normal");
        DisconnectTelephoneNumberOrder order = new DisconnectTelephoneNumberOrder();
        order.setName("numctl " + reason);
        order.setDisconnectTelephoneNumberOrderType(type);
        return DisconnectTelephoneNumberOrder.create(client, order);
    }

    public LnpOrderResponse portIn(String billingNumber, List<String> numbers, Subscriber subscriber,
                                   String loaPerson, String siteId, String peerId) throws Exception {
        LnpOrder order = new LnpOrder();
        order.setBillingTelephoneNumber(billingNumber);
        order.setListOfPhoneNumbers(numbers);
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson(loaPerson);
        order.setSiteId(siteId);
        order.setPeerId(peerId);
        order.setPartialPort(false);
        return LnpOrder.create(client, order);
    }
}
