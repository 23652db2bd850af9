package com.harborline.numbering.dashboard.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * TN option orders: calling name display, port-out passcodes, and SMS on/off
 * for numbers that were ordered on the voice-only location.
 */
@ApplicationScoped
public class SdkTnOptionGateway {

    private final IrisClient client;

    @Inject
    public SdkTnOptionGateway(IrisClient client) {
        this.client = client;
    }

    public String setSms(List<String> tns, boolean enabled) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(enabled ? "on" : "off");
        group.setTelephoneNumbers(tns);
        return submit(group);
    }

    public String setCallingNameDisplay(List<String> tns, boolean on) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setCallingNameDisplay(on ? "on" : "off");
        group.setTelephoneNumbers(tns);
        return submit(group);
    }

    private String submit(TnOptionGroup group) throws Exception {
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("HL-" + UUID.randomUUID().toString().substring(0, 8));
        order.setTnOptionGroups(List.of(group));
        TnOptionOrderResponse response = TnOptions.create(client, order);
        return response.getTnOptionOrder().getOrderId();
    }
}
