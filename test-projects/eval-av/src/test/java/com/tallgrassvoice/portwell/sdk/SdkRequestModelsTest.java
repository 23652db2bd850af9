package com.tallgrassvoice.portwell.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.LnpOrder;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import com.bandwidth.iris.sdk.model.TnOptionOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class SdkRequestModelsTest {

    @Test
    void orderCarriesTheRequestedNumbers() {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(List.of(
                "2175550101",
                "2175550102"));
        Order order = new Order();
        order.setCustomerOrderId("unit-1");
        order.setExistingTelephoneNumberOrderType(existing);
        assertEquals(2, order.getExistingTelephoneNumberOrderType().getTelephoneNumberList().size());
    }

    @Test
    void portInKeepsTheBillingNumber() {
        LnpOrder lnp = new LnpOrder();
        lnp.setBillingTelephoneNumber("7705550123");
        lnp.setListOfPhoneNumbers(List.of(
                "7705550123",
                "+17705550124"));
        assertEquals(2, lnp.getListOfPhoneNumbers().size());
    }

    @Test
    void smsOptionGroup() {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms("on");
        group.setTelephoneNumbers(List.of("+17705550125"));
        TnOptionOrder order = new TnOptionOrder();
        order.setTnOptionGroups(List.of(group));
        assertTrue(order.getTnOptionGroups().get(0).getTelephoneNumbers().get(0).startsWith("+1"));
    }
}
