package com.cobaltline.numbering.sdk;

import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;

/** TN option orders: CNAM display, port-out passcodes and, for A2P campaigns, SMS. */
public class TnOptionsService {

    private final IrisClient client;

    public TnOptionsService(IrisClient client) {
        this.client = client;
    }

    public String setSms(List<String> telephoneNumbers, boolean enabled, String customerOrderId) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(enabled ? "on" : "off");
        group.setTelephoneNumbers(telephoneNumbers);
        return submit(group, customerOrderId);
    }

    public String setCallingNameDisplay(List<String> telephoneNumbers, boolean display, String customerOrderId)
            throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setCallingNameDisplay(display ? "on" : "off");
        group.setTelephoneNumbers(telephoneNumbers);
        return submit(group, customerOrderId);
    }

    public String setPortOutPasscode(String telephoneNumber, String passcode, String customerOrderId)
            throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setPortOutPasscode(passcode);
        group.setTelephoneNumbers(List.of(telephoneNumber));
        return submit(group, customerOrderId);
    }

    private String submit(TnOptionGroup group, String customerOrderId) throws Exception {
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTnOptionGroups(List.of(group));
        TnOptionOrderResponse response = TnOptions.create(client, order);
        return response.getTnOptionOrder().getOrderId();
    }
}
