package net.kestrelvoice.numbering.sdk;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.LnpOrder;
import com.bandwidth.iris.sdk.model.LnpOrderResponse;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.Subscriber;

import net.kestrelvoice.numbering.config.DashboardSettings;

/** Port-ins through the SDK's LNP model. */
public class PortInService {

    /** Billing number of Kestrel's own trunk group, used when we port our own office lines. */
    public static final String KESTREL_BTN = "9198431200";

    private final IrisClient client;
    private final DashboardSettings settings;

    public PortInService(IrisClient client, DashboardSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public String portIn(PortRequest request) throws Exception {
        LnpOrder order = new LnpOrder();
        order.setCustomerOrderId(request.ticket());
        order.setSiteId(settings.getSiteId());
        order.setPeerId(settings.getSipPeerId());
        order.setBillingTelephoneNumber(request.billingNumber());
        order.setListOfPhoneNumbers(new ArrayList<>(request.numbers()));
        order.setRequestedFocDate(request.focDate());
        order.setLoaAuthorizingPerson(request.authorizingPerson());
        order.setSubscriber(subscriber(request));
        order.setPartialPort(false);
        LnpOrderResponse response = LnpOrder.create(client, order);
        return response.getOrderId();
    }

    /** Moves an office line (e.g. a new branch) onto our own account. */
    public String portOfficeLine(String officeTn, Date foc) throws Exception {
        List<String> tns = new ArrayList<>();
        tns.add(officeTn);
        PortRequest internal = new PortRequest("KV-OFFICE-" + officeTn, KESTREL_BTN, tns, foc,
                "Kestrel Voice Network Ops", "Kestrel Voice LLC", "4000", "Centregreen Way", "Cary", "NC", "27513");
        return portIn(internal);
    }

    private static Subscriber subscriber(PortRequest request) {
        ServiceAddress address = new ServiceAddress();
        address.setHouseNumber(request.houseNumber());
        address.setStreetName(request.streetName());
        address.setCity(request.city());
        address.setStateCode(request.state());
        address.setZip(request.zip());
        Subscriber subscriber = new Subscriber();
        subscriber.setSubscriberType("BUSINESS");
        subscriber.setBusinessName(request.businessName());
        subscriber.setServiceAddress(address);
        return subscriber;
    }

    public record PortRequest(String ticket, String billingNumber, List<String> numbers, Date focDate,
                              String authorizingPerson, String businessName, String houseNumber,
                              String streetName, String city, String state, String zip) {
    }
}
