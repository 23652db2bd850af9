package com.northforktel.numbering.legacy;

import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.LnpChecker;
import com.bandwidth.iris.sdk.model.NumberPortabilityRequest;
import com.bandwidth.iris.sdk.model.NumberPortabilityResponse;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.time.LocalDate;
import java.util.List;

/**
 * Orders for the QA lab, placed with the SDK against the lab account.
 */
@Singleton
public class LegacyOrderPlacer {

    private static final List<String> LAB_NUMBERS = List.of("9842150101", "9842150102");
    private static final String LAB_SITE = "4417";

    private final IrisClientFactory factory;

    @Inject
    public LegacyOrderPlacer(IrisClientFactory factory) {
        this.factory = factory;
    }

    public String refreshLabNumbers() throws Exception {
        Order order = new Order();
        order.setName("QA lab refresh " + LocalDate.now());
        order.setSiteId(LAB_SITE);
        order.setPartialAllowed(false);
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(LAB_NUMBERS);
        order.setExistingTelephoneNumberOrderType(existing);
        OrderResponse response = Order.create(factory.labClient(), order);
        return response.getOrder().getid();
    }

    public String labNumbersInTriangle(int quantity) throws Exception {
        AreaCodeSearchAndOrderType search = new AreaCodeSearchAndOrderType();
        search.setAreaCode("919");
        search.setQuantity(quantity);
        Order order = new Order();
        order.setName("QA lab triangle " + LocalDate.now());
        order.setSiteId(LAB_SITE);
        order.setAreaCodeSearchAndOrderType(search);
        return Order.create(factory.labClient(), order).getOrder().getid();
    }

    public List<String> portableInLab(List<String> tns) throws Exception {
        NumberPortabilityRequest request = new NumberPortabilityRequest();
        request.setTnList(tns);
        NumberPortabilityResponse response = LnpChecker.checkLnp(factory.labClient(), request, "true");
        return response.getPortableNumbers();
    }
}
