package com.lumenline.provisioning.sdk;

import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import com.lumenline.provisioning.util.PhoneNumbers;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Turns SMS on/off with TN option orders, on the v2 client (PROV-1184).
 */
@Service
public class MessagingEnablementService {

    private final IrisClient v2Client;

    public MessagingEnablementService(@Qualifier("v2IrisClient") IrisClient v2Client) {
        this.v2Client = v2Client;
    }

    public String setSms(String customerOrderId, List<String> numbers, boolean enabled) throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms(enabled ? "on" : "off");
        group.setTelephoneNumbers(numbers.stream().map(PhoneNumbers::toE164).toList());
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setTnOptionGroups(List.of(group));
        TnOptionOrderResponse response = TnOptions.create(v2Client, order);
        return response.getTnOptionOrder().getOrderId();
    }
}
