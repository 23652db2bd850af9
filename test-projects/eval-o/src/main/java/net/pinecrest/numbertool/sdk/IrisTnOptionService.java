package net.pinecrest.numbertool.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;

import java.util.List;
import java.util.UUID;

/** TN option orders: per-number features such as SMS, call forward and caller-id format. */
public class IrisTnOptionService {

    private final IrisClient client;

    public IrisTnOptionService(IrisClient client) {
        this.client = client;
    }

    public String setSms(List<String> tns, boolean enabled) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(enabled ? "on" : "off");
        group.setTelephoneNumbers(List.copyOf(tns));
        return submit(group, "sms");
    }

    public String callForward(List<String> tns, String forwardTo) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setCallForward(forwardTo);
        group.setTelephoneNumbers(List.copyOf(tns));
        return submit(group, "cfwd");
    }

    /** Resets the lab numbers to the documented baseline before the smoke run. */
    public String labBaseline() throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms("on");
        group.setNumberFormat("10digit");
        group.setCallingNameDisplay("on");
        group.setTelephoneNumbers(List.of(LabNumbers.PRIMARY, LabNumbers.SECONDARY));
        return submit(group, "lab");
    }

    private String submit(TnOptionGroup group, String tag) throws Exception {
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("PNC-" + tag + "-" + UUID.randomUUID().toString().substring(0, 8));
        order.setTnOptionGroups(List.of(group));
        TnOptionOrderResponse response = TnOptions.create(client, order);
        return response.getTnOptionOrder().getOrderId();
    }
}
