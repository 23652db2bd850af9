package net.harborlight.numops.ordering;

import java.util.ArrayList;
import java.util.List;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrder;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderResponse;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import net.harborlight.numops.config.DashboardProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * New-number and disconnect orders through the Iris SDK.
 */
@Service
public class NumberOrderService {

    private static final Logger log = LoggerFactory.getLogger(NumberOrderService.class);

    private final IrisClient irisClient;
    private final DashboardProperties props;

    public NumberOrderService(IrisClient irisClient, DashboardProperties props) {
        this.irisClient = irisClient;
        this.props = props;
    }

    public OrderResponse orderExisting(String customerOrderId, List<String> tns) throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(new ArrayList<>(tns));

        Order order = new Order();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(props.getSiteId());
        order.setPeerId(props.getSipPeerId());
        order.setPartialAllowed(false);
        order.setExistingTelephoneNumberOrderType(existing);

        OrderResponse response = Order.create(irisClient, order);
        log.info("Order {} for {} numbers: {}", customerOrderId, tns.size(), response.getOrderStatus());
        return response;
    }

    public OrderResponse orderByAreaCode(String customerOrderId, String areaCode, int quantity) throws Exception {
        AreaCodeSearchAndOrderType search = new AreaCodeSearchAndOrderType();
        search.setAreaCode(areaCode);
        search.setQuantity(quantity);

        Order order = new Order();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(props.getSiteId());
        order.setPeerId(props.getSipPeerId());
        order.setPartialAllowed(true);
        order.setAreaCodeSearchAndOrderType(search);
        return Order.create(irisClient, order);
    }

    public OrderResponse status(String orderId) throws Exception {
        return Order.get(irisClient, orderId);
    }

    /** Area codes we actually got, for the capacity dashboard. */
    public List<String> orderedAreaCodes(OrderResponse response) {
        List<String> npas = new ArrayList<>();
        for (TelephoneNumber tn : response.getTelephoneNumbers()) {
            String npa = tn.getFullNumber().substring(0, 3);
            if (!npas.contains(npa)) {
                npas.add(npa);
            }
        }
        return npas;
    }

    public DisconnectTelephoneNumberOrderResponse disconnect(String customerOrderId, List<String> tns) throws Exception {
        DisconnectTelephoneNumberOrderType type = new DisconnectTelephoneNumberOrderType();
        type.setTelephoneNumberList(new ArrayList<>(tns));
        type.setDisconnectMode("normal");

        DisconnectTelephoneNumberOrder order = new DisconnectTelephoneNumberOrder();
        order.setName("numops " + customerOrderId);
        order.setCustomerOrderid(customerOrderId);
        order.setDisconnectTelephoneNumberOrderType(type);
        return DisconnectTelephoneNumberOrder.create(irisClient, order);
    }
}
