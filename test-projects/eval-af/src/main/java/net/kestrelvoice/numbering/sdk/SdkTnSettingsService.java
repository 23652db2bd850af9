package net.kestrelvoice.numbering.sdk;

import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;

import net.kestrelvoice.numbering.config.DashboardSettings;

/** Per-number voice settings (call forward) and SMS service activation through the SDK. */
public class SdkTnSettingsService {

    private final IrisClient client;
    private final DashboardSettings settings;

    public SdkTnSettingsService(IrisClient client, DashboardSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public void forwardTo(String tn, String destination) throws Exception {
        SipPeer peer = SipPeer.get(client, settings.getSiteId(), settings.getSipPeerId());
        SipPeerTelephoneNumber number = new SipPeerTelephoneNumber();
        number.setFullNumber(tn);
        number.setCallForward(destination);
        peer.updateTn(number);
    }

    /** SMS on/off as a TN option order, the way the carrier wants it done. */
    public String setSms(List<String> tns, boolean enabled, String customerOrderId) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(enabled ? "on" : "off");
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTnOptionGroups(List.of(group));
        TnOptionOrderResponse response = TnOptions.create(client, order);
        return response.getTnOptionOrder().getOrderId();
    }

    /** After-hours forward of the support line to the on-call cell. */
    public void forwardSupportLineAfterHours() throws Exception {
        forwardTo("9198431299", "9194600187");
    }
}
