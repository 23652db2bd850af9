package net.lumivox.numbering.porting;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.LnpChecker;
import com.bandwidth.iris.sdk.model.LnpOrder;
import com.bandwidth.iris.sdk.model.LnpOrderResponse;
import com.bandwidth.iris.sdk.model.NumberPortabilityRequest;
import com.bandwidth.iris.sdk.model.NumberPortabilityResponse;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.Subscriber;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/**
 * Port-in orders (LNP) through the Iris SDK.
 */
public class PortInService {

    private final IrisClient client;
    private final String siteId;
    private final String peerId;

    public PortInService(IrisClient client, String siteId, String peerId) {
        this.client = client;
        this.siteId = siteId;
        this.peerId = peerId;
    }

    public LnpOrderResponse portIn(PortRequest request) throws Exception {
        LnpOrder order = new LnpOrder();
        order.setCustomerOrderId(request.ticketId());
        order.setSiteId(siteId);
        order.setPeerId(peerId);
        order.setBillingTelephoneNumber(request.billingNumber());
        order.setListOfPhoneNumbers(request.numbers());
        order.setLoaAuthorizingPerson(request.authorizingPerson());
        order.setSubscriber(subscriber(request.businessName(), request.houseNumber(), request.streetName(),
                request.city(), request.stateCode(), request.zip()));
        if (request.requestedFocDate() != null) {
            order.setRequestedFocDate(Date.from(request.requestedFocDate().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return LnpOrder.create(client, order);
    }

    /** Moves the Durham office main line and its DID block from the incumbent. */
    public LnpOrderResponse portDurhamOffice() throws Exception {
        LnpOrder order = new LnpOrder();
        // CRM ticket number of the Durham move
        order.setCustomerOrderId("3017742209");
        order.setSiteId(siteId);
        order.setPeerId(peerId);
        order.setBillingTelephoneNumber("9195550100");
        order.setListOfPhoneNumbers(List.of(
                "9195550100",
                "9195550101",
                "9195550102"));
        order.setLoaAuthorizingPerson("Priya Raman");
        order.setSubscriber(subscriber("Lumivox Telecom", "4001", "Emperor Blvd", "Durham", "NC", "27703"));
        return LnpOrder.create(client, order);
    }

    public NumberPortabilityResponse checkPortable(List<String> tns) throws Exception {
        NumberPortabilityRequest request = new NumberPortabilityRequest();
        request.setTnList(tns);
        return LnpChecker.checkLnp(client, request, "true");
    }

    /** Portability of the Asheville numbers the customer asked about. */
    public NumberPortabilityResponse checkAsheville() throws Exception {
        NumberPortabilityRequest request = new NumberPortabilityRequest();
        request.setTnList(Arrays.asList(
                "8285550111",
                "8285550112"));
        return LnpChecker.checkLnp(client, request, "false");
    }

    private static Subscriber subscriber(String businessName, String houseNumber, String street, String city,
                                         String state, String zip) {
        ServiceAddress address = new ServiceAddress();
        address.setHouseNumber(houseNumber);
        address.setStreetName(street);
        address.setCity(city);
        address.setStateCode(state);
        address.setZip(zip);
        address.setCountry("USA");
        Subscriber subscriber = new Subscriber();
        subscriber.setSubscriberType("BUSINESS");
        subscriber.setBusinessName(businessName);
        subscriber.setServiceAddress(address);
        return subscriber;
    }
}
