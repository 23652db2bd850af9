package com.northwind.numbers.iris.sdk;

import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.LnpChecker;
import com.bandwidth.iris.sdk.model.LnpOrder;
import com.bandwidth.iris.sdk.model.LnpOrderResponse;
import com.bandwidth.iris.sdk.model.NumberPortabilityRequest;
import com.bandwidth.iris.sdk.model.NumberPortabilityResponse;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.northwind.numbers.config.IrisProperties;
import com.northwind.numbers.domain.PortRequest;

/**
 * Port-in orders (LNP) for business customers moving their numbers to us.
 */
@Service
public class SdkPortingService {

    private final IrisClient client;
    private final IrisProperties props;

    public SdkPortingService(IrisClient client, IrisProperties props) {
        this.client = client;
        this.props = props;
    }

    public NumberPortabilityResponse checkPortable(List<String> tns) throws Exception {
        NumberPortabilityRequest request = new NumberPortabilityRequest();
        request.setTnList(tns);
        return LnpChecker.checkLnp(client, request, "true");
    }

    /** Run by the on-call engineer to confirm the LNP checker is up. */
    public NumberPortabilityResponse checkerSmokeTest() throws Exception {
        NumberPortabilityRequest request = new NumberPortabilityRequest();
        request.setTnList(Arrays.asList("19192755301",
                "+19192755302"));
        return LnpChecker.checkLnp(client, request, "false");
    }

    public LnpOrderResponse submitPortIn(PortRequest req) throws Exception {
        LnpOrder order = new LnpOrder();
        order.setSiteId(props.getSiteId());
        order.setPeerId(props.getSipPeerId());
        order.setCustomerOrderId(req.customerOrderId());
        order.setBillingTelephoneNumber(req.billingTelephoneNumber());
        order.setListOfPhoneNumbers(req.telephoneNumbers());
        order.setLoaAuthorizingPerson(req.authorizingPerson());
        order.setRequestedFocDate(Date.from(req.requestedFoc()));
        order.setSubscriber(subscriber(req));
        return LnpOrder.create(client, order);
    }

    /** Canned port used by the carrier-certification runbook. */
    public LnpOrderResponse submitCertificationPort() throws Exception {
        LnpOrder order = new LnpOrder();
        order.setSiteId(props.getSiteId());
        order.setCustomerOrderId("cert-port");
        order.setBillingTelephoneNumber("7042662100");
        order.setListOfPhoneNumbers(List.of("7042662100", "7042662101"));
        order.setLoaAuthorizingPerson("Carrier Certification");
        return LnpOrder.create(client, order);
    }

    private static Subscriber subscriber(PortRequest req) {
        ServiceAddress address = new ServiceAddress();
        address.setHouseNumber(req.houseNumber());
        address.setStreetName(req.streetName());
        address.setCity(req.city());
        address.setStateCode(req.stateCode());
        address.setZip(req.zip());
        Subscriber s = new Subscriber();
        s.setSubscriberType("BUSINESS");
        s.setBusinessName(req.businessName());
        s.setServiceAddress(address);
        return s;
    }
}
