package io.kestrelvoice.numbering.provisioning.service;

import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptions;
import io.kestrelvoice.numbering.dashboard.DashboardProperties;
import io.kestrelvoice.numbering.dashboard.api.SipPeerTnClient;
import org.springframework.stereotype.Service;

/**
 * Call forwarding and messaging flags of numbers on our locations.
 */
@Service
public class RoutingService {

    /** NOC overflow line; numbers of suspended customers are forwarded there. */
    private static final long NOC_OVERFLOW = 9195550198L;

    private final IrisClient irisClient;
    private final SipPeerTnClient sipPeerTnClient;
    private final DashboardProperties dashboard;

    public RoutingService(IrisClient irisClient, SipPeerTnClient sipPeerTnClient, DashboardProperties dashboard) {
        this.irisClient = irisClient;
        this.sipPeerTnClient = sipPeerTnClient;
        this.dashboard = dashboard;
    }

    public void forward(String tn, String forwardTo) throws Exception {
        SipPeer peer = SipPeer.get(irisClient, dashboard.getSiteId(), dashboard.getSipPeerId());
        SipPeerTelephoneNumber settings = new SipPeerTelephoneNumber();
        settings.setFullNumber(tn);
        settings.setCallForward(forwardTo);
        settings.setrPIDFormat("e164");
        peer.updateTn(settings);
    }

    public void forwardToNoc(String tn) throws Exception {
        forward(tn, Long.toString(NOC_OVERFLOW));
    }

    /** Legacy path kept for the support console; bulk changes go through {@link #setSms}. */
    public void toggleSmsOnLocation(String tn, boolean enabled) {
        sipPeerTnClient.setMessaging(dashboard.getSiteId(), dashboard.getSipPeerId(), tn, enabled);
    }

    public String setSms(List<String> tns, boolean enabled) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(enabled ? "on" : "off");
        group.setTelephoneNumbers(tns);

        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("KV-SMS-" + System.currentTimeMillis());
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(irisClient, order).getTnOptionOrder().getOrderId();
    }
}
