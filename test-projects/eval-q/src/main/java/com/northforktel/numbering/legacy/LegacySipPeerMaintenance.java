package com.northforktel.numbering.legacy;

import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.util.List;

/**
 * Call-forward maintenance for the wholesale SIP peers.
 */
@Singleton
public class LegacySipPeerMaintenance {

    private final IrisClientFactory factory;

    @Inject
    public LegacySipPeerMaintenance(IrisClientFactory factory) {
        this.factory = factory;
    }

    public void forward(String siteId, String peerId, String tn, String target) throws Exception {
        SipPeer peer = SipPeer.get(factory.defaultClient(), siteId, peerId);
        SipPeerTelephoneNumber settings = new SipPeerTelephoneNumber();
        settings.setFullNumber(tn);
        settings.setCallForward(target);
        settings.setrPIDFormat("e164");
        peer.updateTn(settings);
    }

    public List<String> numbersOn(String siteId, String peerId) throws Exception {
        SipPeer peer = SipPeer.get(factory.defaultClient(), siteId, peerId);
        return peer.getTns().stream().map(SipPeerTelephoneNumber::getFullNumber).toList();
    }
}
