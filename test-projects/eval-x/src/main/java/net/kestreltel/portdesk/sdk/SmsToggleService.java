package net.kestreltel.portdesk.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import com.google.inject.Inject;
import net.kestreltel.portdesk.porting.SmokeTestNumbers;

import java.util.ArrayList;
import java.util.List;

/** SMS on/off through TN option orders. */
public class SmsToggleService {

    private final IrisClient client;

    @Inject
    public SmsToggleService(IrisClient client) {
        this.client = client;
    }

    public TnOptionOrderResponse setSms(List<String> tns, boolean on) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(on ? "on" : "off");
        group.setTelephoneNumbers(new ArrayList<>(tns));
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("SMS-" + (on ? "ON" : "OFF") + "-" + System.currentTimeMillis());
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(client, order);
    }

    /** Nightly: flip the lab numbers so that the carrier-side tests see both states. */
    public void resetLab(boolean on) throws Exception {
        setSms(SmokeTestNumbers.LAB_TNS, on);
    }
}
