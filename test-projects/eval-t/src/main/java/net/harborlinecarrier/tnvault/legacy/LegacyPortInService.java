package net.harborlinecarrier.tnvault.legacy;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.LnpOrder;
import com.bandwidth.iris.sdk.model.LnpOrderResponse;
import com.bandwidth.iris.sdk.model.ServiceAddress;
import com.bandwidth.iris.sdk.model.Subscriber;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Port-ins (LNP orders) through the Iris SDK. */
public class LegacyPortInService {

    private static final Logger LOG = LoggerFactory.getLogger(LegacyPortInService.class);

    /** Numbers the sandbox always accepts as portable; used by the porting desk's training. */
    static final List<String> SANDBOX_PORTABLE = List.of("9195551212", "9195551213");

    /** A customer port-in request, numbers already normalised to 10 digits by the resource. */
    public record PortRequest(String customerId, String billingTelephoneNumber, List<String> numbers,
                              String subscriberName, String requestedFocDate) {
    }

    private final LegacyIrisGateway gateway;

    public LegacyPortInService(LegacyIrisGateway gateway) {
        this.gateway = gateway;
    }

    public String portIn(PortRequest request) {
        LnpOrder order = new LnpOrder();
        order.setCustomerOrderId("PORT-" + request.customerId());
        order.setBillingTelephoneNumber(request.billingTelephoneNumber());
        order.setListOfPhoneNumbers(request.numbers());
        order.setSubscriber(subscriber(request.subscriberName()));
        order.setLoaAuthorizingPerson(request.subscriberName());
        order.setPartialPort(false);
        if (request.requestedFocDate() != null) {
            try {
                order.setRequestedFocDate(new SimpleDateFormat("yyyy-MM-dd").parse(request.requestedFocDate()));
            } catch (ParseException e) {
                throw new IllegalArgumentException("bad FOC date " + request.requestedFocDate(), e);
            }
        }
        return submit(order);
    }

    /** Training port for the sandbox account. */
    public String sandboxPort() {
        LnpOrder order = new LnpOrder();
        order.setCustomerOrderId("TRAINING");
        order.setBillingTelephoneNumber("9195551212");
        order.setListOfPhoneNumbers(SANDBOX_PORTABLE);
        order.setSubscriber(subscriber("Training Desk"));
        order.setLoaAuthorizingPerson("Training Desk");
        return submit(order);
    }

    /** Sandbox self-test: is the training number still assigned to us? */
    public boolean sandboxReady() throws Exception {
        IrisClient client = gateway.client();
        TelephoneNumberDetails details = Tns.getTnDetails(client, "9195551212");
        return "Inservice".equalsIgnoreCase(details.getStatus());
    }

    public String status(String orderId) {
        try {
            return LnpOrder.get(gateway.client(), orderId).getProcessingStatus();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read port-in " + orderId, e);
        }
    }

    private String submit(LnpOrder order) {
        try {
            LnpOrderResponse response = LnpOrder.create(gateway.client(), order);
            LOG.info("LNP order {} for {} numbers: {}", response.getOrderId(), order.getListOfPhoneNumbers().size(),
                    response.getProcessingStatus());
            return response.getOrderId();
        } catch (Exception e) {
            throw new IllegalStateException("port-in rejected by the Dashboard", e);
        }
    }

    private static Subscriber subscriber(String name) {
        Subscriber subscriber = new Subscriber();
        subscriber.setSubscriberType("BUSINESS");
        subscriber.setBusinessName(name);
        ServiceAddress address = new ServiceAddress();
        address.setHouseNumber("2200");
        address.setStreetName("Harbor Line Pkwy");
        address.setCity("Raleigh");
        address.setStateCode("NC");
        address.setZip("27603");
        subscriber.setServiceAddress(address);
        return subscriber;
    }
}
