package com.pinecrestcomm.qa.numbers.provisioning;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.A2pSettings;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;

import java.util.List;

/**
 * SMS enablement and per-number line settings.
 */
public class TnOptionProvisioner {

    private final IrisClient client;
    private final String siteId;

    public TnOptionProvisioner(IrisClient client, String siteId) {
        this.client = client;
        this.siteId = siteId;
    }

    public TnOptionOrderResponse enableSms(List<String> tns, String campaignId) throws Exception {
        A2pSettings a2p = new A2pSettings();
        a2p.setAction("asSpecified");
        a2p.setCampaignId(campaignId);
        a2p.setMessageClass("Campaign-A");

        TnOptionGroup group = new TnOptionGroup();
        group.setSms("on");
        group.setA2pSettings(a2p);
        group.setTelephoneNumbers(tns);

        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("qa-sms-" + System.currentTimeMillis());
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(client, order);
    }

    public void setCallForward(String sipPeerId, String tn, String forwardTo) throws Exception {
        SipPeer peer = SipPeer.get(client, siteId, sipPeerId);
        SipPeerTelephoneNumber settings = new SipPeerTelephoneNumber();
        settings.setFullNumber(tn);
        settings.setCallForward(forwardTo);
        peer.updateTn(settings);
    }
}
