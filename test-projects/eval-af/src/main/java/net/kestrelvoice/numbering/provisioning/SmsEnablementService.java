package net.kestrelvoice.numbering.provisioning;

import java.util.List;

import javax.ws.rs.core.Response;

import net.kestrelvoice.numbering.config.DashboardProxyFactory;
import net.kestrelvoice.numbering.config.DashboardSettings;
import net.kestrelvoice.numbering.dashboard.api.SipPeerTnApi;
import net.kestrelvoice.numbering.dashboard.api.TnOptionsApi;
import net.kestrelvoice.numbering.dashboard.model.SipPeerTelephoneNumberPayload;
import net.kestrelvoice.numbering.dashboard.model.SipPeerTelephoneNumberPayload.MessagingSettings;
import net.kestrelvoice.numbering.dashboard.model.TnOptionOrderPayload;

/**
 * Turns SMS on or off for numbers on our messaging peer. Two code paths while the TN option
 * route is being rolled out ({@code sms.useTnOptions} in dashboard.properties).
 */
public class SmsEnablementService {

    private final SipPeerTnApi sipPeerTns;
    private final TnOptionsApi tnOptions;
    private final DashboardSettings settings;
    private boolean useTnOptions;

    public SmsEnablementService(DashboardProxyFactory proxies, DashboardSettings settings) {
        this.sipPeerTns = proxies.create(SipPeerTnApi.class);
        this.tnOptions = proxies.create(TnOptionsApi.class);
        this.settings = settings;
    }

    public void setUseTnOptions(boolean useTnOptions) {
        this.useTnOptions = useTnOptions;
    }

    public void enable(List<String> tns, String customerOrderId) {
        if (useTnOptions) {
            TnOptionOrderPayload order = new TnOptionOrderPayload(customerOrderId).sms("on", tns);
            check(tnOptions.create(settings.getAccountId(), order));
            return;
        }
        for (String tn : tns) {
            SipPeerTelephoneNumberPayload payload = new SipPeerTelephoneNumberPayload();
            payload.setFullNumber(tn);
            payload.setMessagingSettings(MessagingSettings.enabled());
            check(sipPeerTns.update(settings.getAccountId(), settings.getSiteId(), settings.getSipPeerId(), tn, payload));
        }
    }

    public void disable(List<String> tns, String customerOrderId) {
        if (useTnOptions) {
            check(tnOptions.create(settings.getAccountId(), new TnOptionOrderPayload(customerOrderId).sms("off", tns)));
            return;
        }
        for (String tn : tns) {
            SipPeerTelephoneNumberPayload payload = sipPeerTns.get(settings.getAccountId(), settings.getSiteId(),
                    settings.getSipPeerId(), tn);
            payload.setMessagingSettings(new MessagingSettings(false));
            check(sipPeerTns.update(settings.getAccountId(), settings.getSiteId(), settings.getSipPeerId(), tn, payload));
        }
    }

    /** Call forwarding stays on the SIP peer TN resource. */
    public void forward(String tn, String destination) {
        SipPeerTelephoneNumberPayload payload = new SipPeerTelephoneNumberPayload();
        payload.setFullNumber(tn);
        payload.setCallForward(destination);
        check(sipPeerTns.update(settings.getAccountId(), settings.getSiteId(), settings.getSipPeerId(), tn, payload));
    }

    private static void check(Response response) {
        if (response.getStatus() >= 300) {
            throw new IllegalStateException("dashboard answered " + response.getStatus());
        }
    }
}
