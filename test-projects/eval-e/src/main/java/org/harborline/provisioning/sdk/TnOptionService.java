package org.harborline.provisioning.sdk;

import java.util.Collections;
import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;

/**
 * TN options and SIP peer number settings through the SDK.
 */
public class TnOptionService {

    private final IrisClient client;

    public TnOptionService(IrisClient client) {
        this.client = client;
    }

    public TnOptionOrderResponse setSms(String customerOrderId, List<String> tns, boolean on) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(on ? "on" : "off");
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTnOptionGroups(Collections.singletonList(group));
        return TnOptions.create(client, order);
    }

    public void updateCallForward(String siteId, String peerId, String tn, String forwardTo) throws Exception {
        SipPeer peer = SipPeer.get(client, siteId, peerId);
        SipPeerTelephoneNumber number = new SipPeerTelephoneNumber();
        number.setFullNumber(tn);
        number.setCallForward(forwardTo);
        peer.updateTn(number);
    }
}
