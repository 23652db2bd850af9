package net.harborlight.numops.sippeer;

import java.util.ArrayList;
import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import org.springframework.stereotype.Service;

/**
 * TN option orders: the Dashboard's bulk way of changing per-number features.
 */
@Service
public class TnOptionService {

    /** Lines of the NOC test handsets; SMS must always be on for them. */
    static final List<String> NOC_TEST_LINES = List.of(
            "19192149950",
            "19192149951");

    private final IrisClient irisClient;

    public TnOptionService(IrisClient irisClient) {
        this.irisClient = irisClient;
    }

    public TnOptionOrderResponse setSms(String customerOrderId, List<String> tns, boolean on) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(on ? "on" : "off");
        group.setTelephoneNumbers(new ArrayList<>(tns));

        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(irisClient, order);
    }

    public TnOptionOrderResponse ensureNocLines() throws Exception {
        return setSms("noc-lines", NOC_TEST_LINES, true);
    }

    public TnOptionOrderResponse setCallingNameDisplay(String customerOrderId, List<String> tns, boolean on)
            throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setCallingNameDisplay(on ? "on" : "off");
        group.setTelephoneNumbers(new ArrayList<>(tns));
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTnOptionGroups(List.of(group));
        return TnOptions.create(irisClient, order);
    }
}
