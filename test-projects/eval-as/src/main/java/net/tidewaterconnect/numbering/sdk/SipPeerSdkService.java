package net.tidewaterconnect.numbering.sdk;

import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.Host;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumbers;
import org.springframework.stereotype.Service;

@Service
public class SipPeerSdkService {

    private final IrisClient client;

    public SipPeerSdkService(IrisClient client) {
        this.client = client;
    }

    public void forward(String siteId, String peerId, String tn, String destination) throws Exception {
        SipPeer peer = SipPeer.get(client, siteId, peerId);
        SipPeerTelephoneNumber number = new SipPeerTelephoneNumber();
        number.setFullNumber(tn);
        number.setCallForward(destination);
        number.setrPIDFormat("e164");
        peer.updateTn(number);
    }

    public void moveNumbers(String siteId, String peerId, List<String> telephoneNumbers) throws Exception {
        SipPeer peer = SipPeer.get(client, siteId, peerId);
        SipPeerTelephoneNumbers move = new SipPeerTelephoneNumbers();
        move.setFullNumbers(telephoneNumbers);
        peer.moveTns(move);
    }

    /** Creates the SMS-capable peer of a new site; SMS hosts are set on the peer, not per number. */
    public SipPeer createMessagingPeer(String siteId, String name, List<Host> smsHosts) throws Exception {
        SipPeer peer = new SipPeer();
        peer.setPeerName(name);
        peer.setSiteId(siteId);
        peer.setShortMessagingProtocol("HTTP");
        peer.setSmsHosts(smsHosts);
        return SipPeer.create(client, siteId, peer);
    }
}
