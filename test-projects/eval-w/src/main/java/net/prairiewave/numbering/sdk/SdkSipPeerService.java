package net.prairiewave.numbering.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;

/** SIP-peer level number settings through the SDK (call forwarding for outage routing). */
public class SdkSipPeerService {

    /** Where numbers are forwarded when a customer PBX is down: the NOC's overflow line. */
    static final String NOC_OVERFLOW = "6053310499";

    private final IrisClient client;
    private final String siteId;
    private final String peerId;

    public SdkSipPeerService(IrisClient client, String siteId, String peerId) {
        this.client = client;
        this.siteId = siteId;
        this.peerId = peerId;
    }

    public void forwardToNoc(String tn) throws Exception {
        SipPeer peer = SipPeer.get(client, siteId, peerId);
        SipPeerTelephoneNumber settings = new SipPeerTelephoneNumber();
        settings.setFullNumber(tn);
        settings.setCallForward(NOC_OVERFLOW);
        settings.setrPIDFormat("e164");
        peer.updateTn(settings);
    }

    public String rateCenterOfNocLine() throws Exception {
        TelephoneNumberDetails details = Tns.getTnDetails(client, "6053310400");
        return details.getRateCenter();
    }

    public String peerOf(String tn) throws Exception {
        return Tns.getSipPeer(client, tn).getPeerId();
    }
}
