package com.lumenwave.provisioning.provisioning;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Turns SMS on and off for numbers ordered from Bandwidth, through TN option orders.
 */
@Service
public class MessagingEnablementService {

    private final IrisClient irisClient;

    public MessagingEnablementService(IrisClient irisClient) {
        this.irisClient = irisClient;
    }

    public String setSms(String customerOrderId, List<String> telephoneNumbers, boolean enabled) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(enabled ? "on" : "off");
        group.setTelephoneNumbers(telephoneNumbers);

        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTnOptionGroups(List.of(group));
        TnOptionOrderResponse response = TnOptions.create(irisClient, order);
        return response.getTnOptionOrder().getOrderId();
    }
}
