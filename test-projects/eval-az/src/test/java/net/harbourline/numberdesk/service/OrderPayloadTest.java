package net.harbourline.numberdesk.service;

import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.LnpOrder;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Shapes of the SDK payloads we build; no request is sent. */
class OrderPayloadTest {

    @Test
    void existingNumberOrder() {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(List.of(
                "9195550143",
                "9195550187"));
        Order order = new Order();
        order.setCustomerOrderId("2024061801");
        order.setSiteId("38213");
        order.setExistingTelephoneNumberOrderType(existing);
        assertEquals(2, order.getExistingTelephoneNumberOrderType().getTelephoneNumberList().size());
        assertFalse(order.isPartialAllowed());
    }

    @Test
    void portInOfTheRaleighOffice() {
        Subscriber subscriber = new Subscriber();
        subscriber.setSubscriberType("BUSINESS");
        subscriber.setBusinessName("Harbourline Telecom LLC");
        LnpOrder lnp = new LnpOrder();
        lnp.setBillingTelephoneNumber("9198327700");
        lnp.setListOfPhoneNumbers(List.of(
                "9198327700",
                "9198327701"));
        lnp.setSubscriber(subscriber);
        lnp.setSiteId("38213");
        lnp.setPeerId("571120");
        lnp.setLoaAuthorizingPerson("Dana Whitfield");
        assertEquals(2, lnp.getListOfPhoneNumbers().size());
    }

    @Test
    void tnOptionGroupForSms() {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms("on");
        group.setTelephoneNumbers(List.of("+19195550143"));
        assertEquals("on", group.getSms());
    }
}
