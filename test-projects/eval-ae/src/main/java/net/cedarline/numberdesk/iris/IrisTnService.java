package net.cedarline.numberdesk.iris;

import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.Host;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptions;
import com.bandwidth.iris.sdk.model.Tns;

/** Number details and per-number settings through the SDK. */
public class IrisTnService {

    private final IrisClient client;
    private final String siteId;

    public IrisTnService(IrisClient client, String siteId) {
        this.client = client;
        this.siteId = siteId;
    }

    public String rateCenterOf(String telephoneNumber) throws Exception {
        return Tns.getTnDetails(client, telephoneNumber).getRateCenter();
    }

    public String areaCodeOf(String telephoneNumber) throws Exception {
        TelephoneNumberDetails details = Tns.getTnDetails(client, telephoneNumber);
        return details.getFullNumber().substring(0, 3);
    }

    /** Status page check on the main support line. */
    public String supportLineStatus() throws Exception {
        return Tns.getTnDetails(client, "9195550100").getStatus();
    }

    /** Moves a number's routing to the backup peer with call forward to the answering service. */
    public void routeToBackup(String backupPeerId, String telephoneNumber) throws Exception {
        SipPeer peer = SipPeer.get(client, siteId, backupPeerId);
        SipPeerTelephoneNumber settings = new SipPeerTelephoneNumber();
        settings.setFullNumber(telephoneNumber);
        settings.setCallForward("9195550199");
        settings.setrPIDFormat("e164");
        peer.updateTn(settings);
    }

    /** Spare peer for the DR site; SMS is routed to the same SMPP hosts as the primary. */
    public SipPeer createBackupPeer(String name, String voiceHost, String smsHost) throws Exception {
        SipPeer peer = new SipPeer();
        peer.setPeerName(name);
        peer.setDefaultPeer(false);
        peer.setShortMessagingProtocol("SMPP");
        Host voice = new Host();
        voice.setHostName(voiceHost);
        Host sms = new Host();
        sms.setHostName(smsHost);
        peer.setVoiceHosts(List.of(voice));
        peer.setSmsHosts(List.of(sms));
        return SipPeer.create(client, siteId, peer);
    }

    public String smsOn(List<String> telephoneNumbers) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms("on");
        group.setTelephoneNumbers(telephoneNumbers);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("sdk-sms-on");
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(client, order).getTnOptionOrder().getOrderId();
    }
}
