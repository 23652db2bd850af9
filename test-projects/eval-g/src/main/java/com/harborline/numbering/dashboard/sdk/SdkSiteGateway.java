package com.harborline.numbering.dashboard.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.Site;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Sites (sub-accounts) and SIP peers (locations) through the SDK.
 */
@ApplicationScoped
public class SdkSiteGateway {

    private final IrisClient client;

    @Inject
    public SdkSiteGateway(IrisClient client) {
        this.client = client;
    }

    public List<Site> sites() throws Exception {
        return Site.list(client);
    }

    public List<SipPeer> locations(String siteId) throws Exception {
        return SipPeer.list(client, siteId);
    }

    /** Points a number at a new call-forward target; no messaging settings involved. */
    public void setCallForward(String siteId, String peerId, String tn, String forwardTo) throws Exception {
        SipPeer peer = SipPeer.get(client, siteId, peerId);
        SipPeerTelephoneNumber number = new SipPeerTelephoneNumber();
        number.setFullNumber(tn);
        number.setCallForward(forwardTo);
        peer.updateTn(number);
    }

    public List<SipPeerTelephoneNumber> numbersOn(String siteId, String peerId) throws Exception {
        return SipPeer.get(client, siteId, peerId).getTns();
    }
}
