package net.harborlight.numops.sippeer;

import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.Host;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import net.harborlight.numops.config.DashboardProperties;
import org.springframework.stereotype.Service;

/**
 * Creates SIP peers for new enterprise customers and moves numbers onto them.
 */
@Service
public class SipPeerProvisioner {

    private final IrisClient irisClient;
    private final DashboardProperties props;

    public SipPeerProvisioner(IrisClient irisClient, DashboardProperties props) {
        this.irisClient = irisClient;
        this.props = props;
    }

    public SipPeer createPeer(String name, String voiceHost, String smsHost) throws Exception {
        Host voice = new Host();
        voice.setHostName(voiceHost);
        Host sms = new Host();
        sms.setHostName(smsHost);

        SipPeer peer = new SipPeer();
        peer.setPeerName(name);
        peer.setDescription("numops: " + name);
        peer.setDefaultPeer(false);
        peer.setShortMessagingProtocol("SMPP");
        peer.setVoiceHosts(List.of(voice));
        peer.setSmsHosts(List.of(sms));
        return SipPeer.create(irisClient, props.getSiteId(), peer);
    }

    public void setCallForward(String peerId, String tn, String forwardTo) throws Exception {
        SipPeer peer = SipPeer.get(irisClient, props.getSiteId(), peerId);
        SipPeerTelephoneNumber number = new SipPeerTelephoneNumber();
        number.setFullNumber(tn);
        number.setCallForward(forwardTo);
        peer.updateTn(number);
    }
}
