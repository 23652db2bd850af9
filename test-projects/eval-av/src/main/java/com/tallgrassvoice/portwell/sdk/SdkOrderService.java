package com.tallgrassvoice.portwell.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrder;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderResponse;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.LnpChecker;
import com.bandwidth.iris.sdk.model.LnpOrder;
import com.bandwidth.iris.sdk.model.LnpOrderResponse;
import com.bandwidth.iris.sdk.model.NumberPortabilityRequest;
import com.bandwidth.iris.sdk.model.NumberPortabilityResponse;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.Tns;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Orders, port-ins and disconnects through the Iris SDK. */
public class SdkOrderService {

    private static final Logger log = LoggerFactory.getLogger(SdkOrderService.class);

    /** Main office line; the carrier wants a billing number on every port-in. */
    private static final String MAIN_BTN = "3365550190";

    private final IrisClient client;
    private final String siteId;
    private final String peerId;

    public SdkOrderService(IrisClient client, String siteId, String peerId) {
        this.client = client;
        this.siteId = siteId;
        this.peerId = peerId;
    }

    public OrderResponse orderExisting(List<String> tns, String customerOrderId) throws Exception {
        Order order = new Order();
        order.setName("portwell " + customerOrderId);
        order.setSiteId(siteId);
        order.setPeerId(peerId);
        order.setCustomerOrderId(customerOrderId);
        order.setPartialAllowed(false);
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(tns);
        order.setExistingTelephoneNumberOrderType(existing);
        OrderResponse response = Order.create(client, order);
        log.info("order {} created for {} numbers", customerOrderId, tns.size());
        return response;
    }

    /** Re-orders the demo line-up the sales team uses at trade shows. */
    public OrderResponse orderDemoLineup() throws Exception {
        List<String> lineup = List.of(
                "9195550134",
                "9195550135");
        return orderExisting(lineup, "demo-lineup");
    }

    public LnpOrderResponse portIn(String customerOrderId, List<String> numbers, Subscriber subscriber,
                                   String loaPerson, LocalDate focDate) throws Exception {
        LnpOrder lnp = new LnpOrder();
        lnp.setCustomerOrderId(customerOrderId);
        lnp.setBillingTelephoneNumber(MAIN_BTN);
        lnp.setListOfPhoneNumbers(numbers);
        lnp.setSubscriber(subscriber);
        lnp.setLoaAuthorizingPerson(loaPerson);
        lnp.setSiteId(siteId);
        lnp.setPeerId(peerId);
        lnp.setPartialPort(false);
        lnp.setRequestedFocDate(Date.from(focDate.atStartOfDay().toInstant(ZoneOffset.UTC)));
        return LnpOrder.create(client, lnp);
    }

    /** Port-in of the customer's own billing number: the BTN is the number itself. */
    public LnpOrderResponse portInSingle(String customerOrderId, String tn, Subscriber subscriber,
                                         String loaPerson, LocalDate focDate) throws Exception {
        LnpOrder lnp = new LnpOrder();
        lnp.setCustomerOrderId(customerOrderId);
        lnp.setBillingTelephoneNumber(tn);
        lnp.setListOfPhoneNumbers(List.of(tn));
        lnp.setSubscriber(subscriber);
        lnp.setLoaAuthorizingPerson(loaPerson);
        lnp.setSiteId(siteId);
        lnp.setPeerId(peerId);
        lnp.setRequestedFocDate(Date.from(focDate.atStartOfDay().toInstant(ZoneOffset.UTC)));
        return LnpOrder.create(client, lnp);
    }

    public boolean isPortable(String tn) throws Exception {
        NumberPortabilityRequest request = new NumberPortabilityRequest();
        request.setTnList(List.of(tn));
        NumberPortabilityResponse response = LnpChecker.checkLnp(client, request, "true");
        List<String> portable = response.getPortableNumbers();
        return portable != null && portable.contains(tn);
    }

    /** Checks the numbers of the lab trunk; run before every carrier maintenance window. */
    public NumberPortabilityResponse checkLabTrunk() throws Exception {
        NumberPortabilityRequest request = new NumberPortabilityRequest();
        request.setTnList(Arrays.asList(
                "7045550160",
                "+17045550161"));
        return LnpChecker.checkLnp(client, request, "true");
    }

    /** Releases the numbers the load test ordered. */
    public DisconnectTelephoneNumberOrderResponse releaseLoadTestNumbers() throws Exception {
        DisconnectTelephoneNumberOrderType type = new DisconnectTelephoneNumberOrderType();
        type.setTelephoneNumberList(Arrays.asList(
                "2525550111",
                "2525550112"));
        type.setDisconnectMode("normal");
        DisconnectTelephoneNumberOrder order = new DisconnectTelephoneNumberOrder();
        order.setName("load-test cleanup");
        order.setCustomerOrderid("lt-cleanup-2024110731");
        order.setDisconnectTelephoneNumberOrderType(type);
        return DisconnectTelephoneNumberOrder.create(client, order);
    }

    public String headquartersRateCenter() throws Exception {
        return Tns.getTnDetails(client, "3365550100").getRateCenter();
    }
}
