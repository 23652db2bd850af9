package net.cascadiatel.provisioning.sippeer;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Singleton;

/** TN option orders: SMS on/off, call forwarding, port-out passcodes. */
@Singleton
public class TnOptionService {

    private final IrisClient client;

    @Inject
    public TnOptionService(IrisClient client) {
        this.client = client;
    }

    public TnOptionOrderResponse setSms(List<String> tns, boolean on) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(on ? "on" : "off");
        group.setTelephoneNumbers(new ArrayList<>(tns));
        return submit("sms-" + (on ? "on" : "off"), group);
    }

    public TnOptionOrderResponse setPortOutPasscode(String tn, String passcode) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setPortOutPasscode(passcode);
        group.setTelephoneNumbers(List.of(tn));
        return submit("passcode", group);
    }

    /** The support hotline forwards to the Bend call center after hours. */
    public TnOptionOrderResponse forwardSupportHotline(boolean afterHours) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setCallForward(afterHours ? "5415550190" : "");
        group.setTelephoneNumbers(List.of("5035550175"));
        return submit("hotline-forward", group);
    }

    private TnOptionOrderResponse submit(String purpose, TnOptionGroup group) throws Exception {
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("CT-" + purpose + "-" + System.currentTimeMillis());
        List<TnOptionGroup> groups = new ArrayList<>();
        groups.add(group);
        order.setTnOptionGroups(groups);
        return TnOptions.create(client, order);
    }
}
