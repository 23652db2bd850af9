package net.kestrelwave.numops.sdk;

import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.ImportTnCheckerPayload;
import com.bandwidth.iris.sdk.model.LnpOrder;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.TnOptionGroup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The request models we hand to the SDK, built the way the services build them. */
class SdkPayloadTest {

    @Test
    void portInCarriesTheBillingNumber() {
        LnpOrder order = new LnpOrder();
        order.setBillingTelephoneNumber("7045550160");
        order.setListOfPhoneNumbers(List.of(
                "7045550161",
                "7045550162"));
        order.setCustomerOrderId("2406170001");
        assertEquals(2, order.getListOfPhoneNumbers().size());
    }

    @Test
    void smsOptionGroup() {
        TnOptionGroup group = new TnOptionGroup();
        group.setSms("on");
        group.setTelephoneNumbers(List.of("3365550188"));
        assertEquals("on", group.getSms());
    }

    @Test
    void importCheck() {
        ImportTnCheckerPayload payload = new ImportTnCheckerPayload();
        payload.setTelephoneNumberList(List.of("3365550142"));
        assertEquals(1, payload.getTelephoneNumberList().size());
    }

    @Test
    void existingNumberOrder() {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(List.of("19195550198"));
        Order order = new Order();
        order.setExistingTelephoneNumberOrderType(existing);
        assertEquals(1, order.getExistingTelephoneNumberOrderType().getTelephoneNumberList().size());
    }

    @Test
    void routingUpdateAlreadyInE164() {
        SipPeerTelephoneNumber tn = new SipPeerTelephoneNumber();
        tn.setFullNumber("+19195550147");
        tn.setCallForward("+19195550148");
        assertEquals("+19195550147", tn.getFullNumber());
    }
}
