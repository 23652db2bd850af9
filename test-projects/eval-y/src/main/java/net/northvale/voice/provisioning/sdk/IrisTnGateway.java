package net.northvale.voice.provisioning.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import com.bandwidth.iris.sdk.model.Tns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.northvale.voice.provisioning.config.DashboardSettings;
import net.northvale.voice.provisioning.config.ProvisioningDefaults;

import java.util.ArrayList;
import java.util.List;

/** Number-level reads and feature changes through the SDK. */
@ApplicationScoped
public class IrisTnGateway {

    private IrisClient client;
    private DashboardSettings settings;

    protected IrisTnGateway() {
    }

    @Inject
    public IrisTnGateway(IrisClient client, DashboardSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public TelephoneNumberDetails details(String tn) throws Exception {
        return Tns.getTnDetails(client, tn);
    }

    /** Synthetic monitor: a lookup of a known lab number must succeed. */
    public boolean smokeTest() throws Exception {
        TelephoneNumberDetails details = Tns.getTnDetails(client, ProvisioningDefaults.SMOKE_TEST_TN);
        return details != null && "Inservice".equalsIgnoreCase(details.getStatus());
    }

    /** Rate center of the NOC's main line, shown on the ops dashboard. */
    public String nocRateCenter() throws Exception {
        return Tns.getRateCenter(client, "7205550111").getRateCenter();
    }

    /** Area code of a number as the Dashboard reports it, for the inventory screen. */
    public String areaCodeOf(String tn) throws Exception {
        String full = Tns.getTnDetails(client, tn).getFullNumber();
        return full.substring(0, 3);
    }

    public void forwardCalls(String tn, String destination) throws Exception {
        SipPeer peer = SipPeer.get(client, settings.siteId(), settings.sipPeerId());
        SipPeerTelephoneNumber settingsForTn = new SipPeerTelephoneNumber();
        settingsForTn.setFullNumber(tn);
        settingsForTn.setCallForward(destination);
        peer.updateTn(settingsForTn);
    }

    /** During an outage the NOC forwards affected lines to its overflow queue. */
    public void forwardToNocOverflow(String tn) throws Exception {
        forwardCalls(tn, "+13035550109");
    }

    /** SMS on/off for many numbers at once, the supported way. */
    public String setSms(String customerOrderId, List<String> tns, boolean on) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(on ? "on" : "off");
        group.setTelephoneNumbers(new ArrayList<>(tns));
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTnOptionGroups(List.of(group));
        TnOptionOrderResponse response = TnOptions.create(client, order);
        return response.getTnOptionOrder().getOrderId();
    }
}
