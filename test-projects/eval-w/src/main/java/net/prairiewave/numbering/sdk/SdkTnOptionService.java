package net.prairiewave.numbering.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;

import java.util.List;

/** TN option orders through the SDK: SMS on/off and CNAM display for batches of numbers. */
public class SdkTnOptionService {

    private final IrisClient client;

    public SdkTnOptionService(IrisClient client) {
        this.client = client;
    }

    public TnOptionOrderResponse setSms(List<String> tns, boolean on) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(on ? "on" : "off");
        group.setTelephoneNumbers(tns);
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("PW-SMS-" + System.currentTimeMillis());
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(client, order);
    }

    /** The help-desk short list always shows "PrairieWave Support" as caller name. */
    public TnOptionOrderResponse brandHelpDeskLines() throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setCallingNameDisplay("on");
        group.setTelephoneNumbers(List.of("6053310410", "6053310411", "7012220150"));
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("PW-CNAM-HELPDESK");
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(client, order);
    }
}
