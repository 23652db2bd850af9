package net.cascadiatel.provisioning.numbers;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.LnpOrder;
import com.bandwidth.iris.sdk.model.LnpOrderResponse;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.Subscriber;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.config.IrisSettings;

/** Port-in (LNP) orders for customers moving their numbers to us. */
@Singleton
public class PortInService {

    private final IrisClient client;
    private final IrisSettings settings;

    @Inject
    public PortInService(IrisClient client, IrisSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public record PortRequest(String customerOrderId, String billingNumber, List<String> numbers,
                              String businessName, String houseNumber, String street, String city,
                              String state, String zip, String authorizingPerson) {
    }

    public static LnpOrder toLnpOrder(PortRequest request, String siteId, String peerId) {
        ServiceAddress address = new ServiceAddress();
        address.setHouseNumber(request.houseNumber());
        address.setStreetName(request.street());
        address.setCity(request.city());
        address.setStateCode(request.state());
        address.setZip(request.zip());
        address.setCountry("US");

        Subscriber subscriber = new Subscriber();
        subscriber.setSubscriberType("BUSINESS");
        subscriber.setBusinessName(request.businessName());
        subscriber.setServiceAddress(address);

        LnpOrder order = new LnpOrder();
        order.setCustomerOrderId(request.customerOrderId());
        order.setBillingTelephoneNumber(request.billingNumber());
        order.setListOfPhoneNumbers(new ArrayList<>(request.numbers()));
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson(request.authorizingPerson());
        order.setSiteId(siteId);
        order.setPeerId(peerId);
        order.setPartialPort(false);
        return order;
    }

    public LnpOrderResponse submit(PortRequest request) throws Exception {
        return LnpOrder.create(client, toLnpOrder(request, settings.siteId(), settings.sipPeerId()));
    }
}
