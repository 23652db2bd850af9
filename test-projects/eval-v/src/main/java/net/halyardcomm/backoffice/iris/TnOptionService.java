package net.halyardcomm.backoffice.iris;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.A2pSettings;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;

import net.halyardcomm.backoffice.config.DashboardEndpoint;
import net.halyardcomm.backoffice.config.DashboardEndpoints;

/**
 * TN option orders: the supported way to switch SMS on/off and to attach 10DLC campaigns.
 * Built against the v2 client from {@link IrisClientFactory#v2Client()}.
 */
@DashboardEndpoint(DashboardEndpoints.DASHBOARD_V2)
public class TnOptionService {

    private final IrisClient v2Client;

    public TnOptionService(IrisClient v2Client) {
        this.v2Client = v2Client;
    }

    public String setSms(List<String> e164Numbers, boolean on, String customerOrderId) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(on ? "on" : "off");
        group.setTelephoneNumbers(new ArrayList<String>(e164Numbers));
        return submit(group, customerOrderId);
    }

    public String attachCampaign(String e164Number, String campaignId) throws Exception {
        A2pSettings a2p = new A2pSettings();
        a2p.setAction("asSpecified");
        a2p.setCampaignId(campaignId);
        TnOptionGroup group = new TnOptionGroup();
        group.setSms("on");
        group.setA2pSettings(a2p);
        group.setTelephoneNumbers(Collections.singletonList(e164Number));
        return submit(group, "10DLC-" + campaignId);
    }

    /** SIP number format of the From header (a different NumberFormat from subscriptions'). */
    public String sipNumberFormat(String e164Number, String format) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setNumberFormat(format);
        group.setTelephoneNumbers(Collections.singletonList(e164Number));
        return submit(group, "NUMFMT-" + e164Number.substring(2));
    }

    /** The toll-free main line gets SMS for the support desk. */
    public String enableSupportLineSms() throws Exception {
        return setSms(Collections.singletonList("+18885550147"), true, "SUPPORT-SMS");
    }

    private String submit(TnOptionGroup group, String customerOrderId) throws Exception {
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTnOptionGroups(Collections.singletonList(group));
        TnOptionOrderResponse response = TnOptions.create(v2Client, order);
        return response.getTnOptionOrder().getOrderId();
    }
}
