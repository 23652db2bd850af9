package net.tidewatertel.numbering.legacy.iris;

import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;

import org.springframework.stereotype.Service;

/**
 * Per-number routing changes made by the porting desk after a port completes.
 */
@Service
public class IrisSipPeerService {

    private final IrisClient client;
    private final LegacyIrisSettings settings;

    public IrisSipPeerService(IrisClient client, LegacyIrisSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public void forwardCalls(String tn, String forwardTo) throws Exception {
        SipPeer peer = SipPeer.get(client, settings.getSiteId(), settings.getSipPeerId());
        SipPeerTelephoneNumber number = new SipPeerTelephoneNumber();
        number.setFullNumber(tn);
        number.setCallForward(forwardTo);
        peer.updateTn(number);
    }

    public TnOptionOrderResponse smsOff(List<String> tns, String customerOrderId) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms("off");
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(client, order);
    }
}
