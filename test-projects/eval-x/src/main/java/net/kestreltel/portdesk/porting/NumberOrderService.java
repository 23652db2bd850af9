package net.kestreltel.portdesk.porting;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.google.inject.Inject;
import net.kestreltel.portdesk.config.DashboardSettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Orders new numbers (replacement numbers when a port is rejected). */
public class NumberOrderService {

    private final IrisClient client;
    private final DashboardSettings settings;

    @Inject
    public NumberOrderService(IrisClient client, DashboardSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public OrderResponse orderExisting(String customerOrderId, List<String> tns) throws Exception {
        Order order = baseOrder(customerOrderId);
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(new ArrayList<>(tns));
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(client, order);
    }

    public OrderResponse orderInAreaCode(String customerOrderId, String areaCode, int quantity) throws Exception {
        Order order = baseOrder(customerOrderId);
        AreaCodeSearchAndOrderType type = new AreaCodeSearchAndOrderType();
        type.setAreaCode(areaCode);
        type.setQuantity(quantity);
        order.setAreaCodeSearchAndOrderType(type);
        return Order.create(client, order);
    }

    /** Re-orders the two numbers of the reception desk after the 2022 incident. */
    public OrderResponse restoreReceptionNumbers() throws Exception {
        Order order = baseOrder("RECEPTION-RESTORE-" + 1234567890L);
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(Arrays.asList(
                "6672286710",
                "15756186700"));
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(client, order);
    }

    public List<String> completedNumbers(OrderResponse response) {
        List<String> result = new ArrayList<>();
        for (TelephoneNumber tn : response.getTelephoneNumbers()) {
            String full = tn.getFullNumber();
            result.add(full.length() == 11 ? full.substring(1) : full);
        }
        return result;
    }

    private Order baseOrder(String customerOrderId) {
        Order order = new Order();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(settings.siteId());
        order.setPeerId(settings.sipPeerId());
        order.setPartialAllowed(false);
        return order;
    }
}
