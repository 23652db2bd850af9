package net.kestreltel.portdesk.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.google.inject.Inject;
import net.kestreltel.portdesk.config.DashboardSettings;
import net.kestreltel.portdesk.dashboard.SipPeerTnApi;
import net.kestreltel.portdesk.dashboard.model.SipPeerTnXml;

/** Per-number routing settings on the PortDesk SIP peer. */
public class SipPeerSettingsService {

    private final IrisClient client;
    private final SipPeerTnApi api;
    private final DashboardSettings settings;

    @Inject
    public SipPeerSettingsService(IrisClient client, SipPeerTnApi api, DashboardSettings settings) {
        this.client = client;
        this.api = api;
        this.settings = settings;
    }

    /** Call forwarding through the SDK; no messaging element exists in the SDK model. */
    public void forward(String tn, String forwardTo) throws Exception {
        SipPeer peer = SipPeer.get(client, settings.siteId(), settings.sipPeerId());
        SipPeerTelephoneNumber number = new SipPeerTelephoneNumber();
        number.setFullNumber(tn);
        number.setCallForward(forwardTo);
        peer.updateTn(number);
    }

    /**
     * Turns SMS on for a freshly ported number together with its routing
     * (sends {@code <MessagingSettings><SmsEnabled>} to the SIP peer TN).
     */
    public void activate(String tn, boolean sms) {
        SipPeerTnXml body = new SipPeerTnXml();
        body.fullNumber = tn;
        body.rpidFormat = "e164";
        body.messagingSettings = new SipPeerTnXml.MessagingSettings();
        body.messagingSettings.smsEnabled = sms;
        api.update(settings.accountId(), settings.siteId(), settings.sipPeerId(), tn, body);
    }

    public void disableSms(String tn) {
        api.setSms(settings.accountId(), settings.siteId(), settings.sipPeerId(), tn, false);
    }

    public void setCallForward(String tn, String forwardTo) {
        api.setCallForward(settings.accountId(), settings.siteId(), settings.sipPeerId(), tn, forwardTo);
    }
}
