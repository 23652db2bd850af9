package net.pinecrest.numbertool.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.Host;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;

import java.util.List;

/** SIP peer maintenance through the SDK. */
public class IrisSipPeerService {

    private final IrisClient client;
    private final String siteId;

    public IrisSipPeerService(IrisClient client, String siteId) {
        this.client = client;
        this.siteId = siteId;
    }

    public void forward(String sipPeerId, String tn, String forwardTo) throws Exception {
        SipPeer peer = SipPeer.get(client, siteId, sipPeerId);
        SipPeerTelephoneNumber number = new SipPeerTelephoneNumber();
        number.setFullNumber(tn);
        number.setCallForward(forwardTo);
        number.setNumberFormat("10digit");
        number.setrPIDFormat("10digit");
        peer.updateTn(number);
    }

    /** A peer that receives SMS over HTTP for the hosted messaging customers. */
    public SipPeer createMessagingPeer(String name, String smsHost) throws Exception {
        Host host = new Host();
        host.setHostName(smsHost);
        SipPeer peer = new SipPeer();
        peer.setPeerName(name);
        peer.setDescription("hosted messaging - created by pnt");
        peer.setShortMessagingProtocol("HTTP");
        peer.setSmsHosts(List.of(host));
        return SipPeer.create(client, siteId, peer);
    }

    public List<String> numbersOnPeer(String sipPeerId) throws Exception {
        SipPeer peer = SipPeer.get(client, siteId, sipPeerId);
        return peer.getTns().stream().map(SipPeerTelephoneNumber::getFullNumber).toList();
    }
}
