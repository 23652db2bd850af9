package net.halyardcomm.backoffice.iris;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.Host;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.Site;

import net.halyardcomm.backoffice.config.IrisSettings;
import net.halyardcomm.backoffice.http.DashboardException;
import net.halyardcomm.backoffice.http.DashboardHttp;
import net.halyardcomm.backoffice.http.HttpResult;
import net.halyardcomm.backoffice.templates.XmlTemplates;
import net.halyardcomm.backoffice.xml.JaxbCodec;
import net.halyardcomm.backoffice.xml.SipPeerTelephoneNumberXml;

/**
 * Location (SIP peer) level settings of our numbers: call forwarding, caller-id display and,
 * for the SMS product, turning messaging on and off per number.
 */
public class SipPeerProvisioner {

    private final IrisClient client;
    private final DashboardHttp http;
    private final JaxbCodec codec;
    private final XmlTemplates templates;
    private final IrisSettings settings;

    public SipPeerProvisioner(IrisClient client, DashboardHttp http, JaxbCodec codec, XmlTemplates templates,
            IrisSettings settings) {
        this.client = client;
        this.http = http;
        this.codec = codec;
        this.templates = templates;
        this.settings = settings;
    }

    /** Creates the messaging-capable location for a new site (one per region). */
    public SipPeer createMessagingPeer(String siteId, String name, String smsHost) throws Exception {
        SipPeer peer = new SipPeer();
        peer.setPeerName(name);
        peer.setDescription("Halyard SMS/voice " + name);
        peer.setDefaultPeer(false);
        peer.setShortMessagingProtocol("SMPP");
        Host host = new Host();
        host.setHostName(smsHost);
        peer.setSmsHosts(new ArrayList<Host>(Collections.singletonList(host)));
        return SipPeer.create(client, siteId, peer);
    }

    /** Call forwarding for a number; SDK route, no messaging involved. */
    public void forwardCalls(String tn, String forwardTo) throws Exception {
        SipPeer peer = SipPeer.get(client, settings.siteId(), settings.sipPeerId());
        SipPeerTelephoneNumber sptn = new SipPeerTelephoneNumber();
        sptn.setFullNumber(tn);
        sptn.setCallForward(forwardTo);
        sptn.setRewriteUser(tn);
        peer.updateTn(sptn);
    }

    /** Turns SMS on for one number at its location. */
    public void enableSms(String tn) {
        SipPeerTelephoneNumberXml body = new SipPeerTelephoneNumberXml();
        body.setFullNumber(tn);
        body.setMessagingSettings(new SipPeerTelephoneNumberXml.MessagingSettings(true));
        check(http.put(tnPath(tn), codec.marshal(body)));
    }

    /** Turns SMS off again; same document from the ops-editable template. */
    public void disableSms(String tn, String callingNameDisplay) {
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("fullNumber", tn);
        model.put("callingNameDisplay", callingNameDisplay);
        model.put("smsEnabled", Boolean.FALSE);
        String xml = templates.render(XmlTemplates.SIPPEER_TN, model);
        check(http.put(tnPath(tn), xml));
    }

    /** Caller-id display only; no messaging element is sent. */
    public void setCallingNameDisplay(String tn, boolean display) {
        SipPeerTelephoneNumberXml body = new SipPeerTelephoneNumberXml();
        body.setFullNumber(tn);
        body.setCallingNameDisplay(display ? "on" : "off");
        check(http.put(tnPath(tn), codec.marshal(body)));
    }

    public List<String> sites() throws Exception {
        List<String> names = new ArrayList<String>();
        for (Site site : Site.list(client)) {
            names.add(site.getId() + ":" + site.getName());
        }
        return names;
    }

    /** The lab peer used by the SIP interop tests. */
    public void forwardLabLine() throws Exception {
        forwardCalls("9195550166", "9195550167");
    }

    public List<String> peerNumbers() throws Exception {
        SipPeer peer = SipPeer.get(client, settings.siteId(), settings.sipPeerId());
        List<String> fullNumbers = new ArrayList<String>();
        for (SipPeerTelephoneNumber n : peer.getTns()) {
            fullNumbers.add(n.getFullNumber());
        }
        return fullNumbers;
    }

    static List<String> tnPathSegments() {
        return Arrays.asList("sites", "sippeers", "tns");
    }

    private String tnPath(String tn) {
        return String.format("/accounts/%s/sites/%s/sippeers/%s/tns/%s",
                settings.accountId(), settings.siteId(), settings.sipPeerId(), tn);
    }

    private static void check(HttpResult result) {
        if (!result.isSuccess()) {
            throw new DashboardException("sippeer tn update failed: " + result.body(), result.status());
        }
    }
}
