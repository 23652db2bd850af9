package com.northforktel.numbering.legacy;

import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import com.bandwidth.iris.sdk.model.TnOptionOrderResponse;
import com.bandwidth.iris.sdk.model.TnOptions;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Keeps SMS switched off on the support hotlines (regulatory: no texting on the 911-adjacent
 * support lines).
 */
@Singleton
public class LegacyTnOptions {

    private static final long[] SUPPORT_HOTLINES = {8445550100L, 8285550199L};

    private final IrisClientFactory factory;

    @Inject
    public LegacyTnOptions(IrisClientFactory factory) {
        this.factory = factory;
    }

    public String disableSmsOnHotlines() throws Exception {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms("off");
        group.setTelephoneNumbers(LongStream.of(SUPPORT_HOTLINES).mapToObj(Long::toString).toList());
        TnOptionOrder order = new TnOptionOrder();
        order.setCustomerOrderId("hotline-sms-off-" + LocalDate.now());
        order.setTnOptionGroups(List.of(group));
        TnOptionOrderResponse response = TnOptions.create(factory.defaultClient(), order);
        return response.getTnOptionOrder().getOrderId();
    }
}
