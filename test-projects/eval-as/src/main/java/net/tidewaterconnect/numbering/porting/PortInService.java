package net.tidewaterconnect.numbering.porting;

import java.util.Date;
import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.LnpOrder;
import com.bandwidth.iris.sdk.model.LnpOrderResponse;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.Subscriber;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class PortInService {

    private final PortingSdkClientFactory clients;
    private final String portingUser;
    private final String portingPassword;

    public PortInService(PortingSdkClientFactory clients,
            @Value("${tidewater.porting.username}") String portingUser,
            @Value("${tidewater.porting.password}") String portingPassword) {
        this.clients = clients;
        this.portingUser = portingUser;
        this.portingPassword = portingPassword;
    }

    public LnpOrderResponse submit(PortInRequest request) throws Exception {
        IrisClient client = clients.forUser(portingUser, portingPassword);

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

        LnpOrder order = new LnpOrder();
        order.setCustomerOrderId(request.ticket());
        order.setSiteId(request.siteId());
        order.setPeerId(request.peerId());
        order.setBillingTelephoneNumber(request.billingTelephoneNumber());
        order.setListOfPhoneNumbers(request.telephoneNumbers());
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson(request.loaAuthorizingPerson());
        order.setRequestedFocDate(request.requestedFocDate());
        order.setPartialPort(false);
        return LnpOrder.create(client, order);
    }

    /** Port of our own NOC lines from the old carrier; the desk re-runs it when the FOC slips. */
    public LnpOrderResponse portNocLines(Date focDate) throws Exception {
        return submit(new PortInRequest("NOC-MIGRATION-7", "3101", "552190", "Tidewater Connect LLC",
                "5800", "Lake Wright Dr", "Norfolk", "VA", "23502", "Priya Raman",
                "7575550160",
                List.of("7575550160",
                        "7575550161"),
                focDate));
    }

    public record PortInRequest(
            String ticket,
            String siteId,
            String peerId,
            String businessName,
            String houseNumber,
            String streetName,
            String city,
            String state,
            String zip,
            String loaAuthorizingPerson,
            String billingTelephoneNumber,
            List<String> telephoneNumbers,
            Date requestedFocDate) {
    }
}
