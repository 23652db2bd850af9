package net.harborlight.numops.porting;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.LnpOrder;
import com.bandwidth.iris.sdk.model.LnpOrderResponse;
import com.bandwidth.iris.sdk.model.Subscriber;
import net.harborlight.numops.config.DashboardProperties;
import org.springframework.stereotype.Service;

/**
 * Submits port-in (LNP) orders for the self-service port form.
 */
@Service
public class PortInService {

    private final IrisClient irisClient;
    private final DashboardProperties props;

    public PortInService(IrisClient irisClient, DashboardProperties props) {
        this.irisClient = irisClient;
        this.props = props;
    }

    public LnpOrderResponse submit(String customerOrderId, String billingTn, List<String> tns,
                                   Subscriber subscriber, LocalDate requestedFoc) throws Exception {
        LnpOrder order = new LnpOrder();
        order.setCustomerOrderId(customerOrderId);
        order.setBillingTelephoneNumber(billingTn);
        order.setListOfPhoneNumbers(tns);
        order.setSiteId(props.getSiteId());
        order.setPeerId(props.getSipPeerId());
        order.setSubscriber(subscriber);
        order.setLoaAuthorizingPerson(subscriber.getFirstName() + " " + subscriber.getLastName());
        order.setRequestedFocDate(Date.from(requestedFoc.atTime(12, 0).toInstant(ZoneOffset.UTC)));
        order.setPartialPort(false);
        return LnpOrder.create(irisClient, order);
    }

    public LnpOrderResponse status(String orderId) throws Exception {
        return LnpOrder.get(irisClient, orderId);
    }
}
