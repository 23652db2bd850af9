package net.kestrelwave.integration.ordering;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrder;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderResponse;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import net.kestrelwave.integration.config.DashboardProperties;
import net.kestrelwave.integration.inventory.InventoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Places number and disconnect orders on the Dashboard through the Iris SDK.
 */
@Service
public class NumberOrderService {

    private static final Logger log = LoggerFactory.getLogger(NumberOrderService.class);
    private static final Pattern NATIONAL = Pattern.compile("[2-9]\\d{9}");

    private final IrisClient client;
    private final DashboardProperties dashboard;
    private final InventoryStore inventory;

    public NumberOrderService(IrisClient client, DashboardProperties dashboard, InventoryStore inventory) {
        this.client = client;
        this.dashboard = dashboard;
        this.inventory = inventory;
    }

    public OrderResponse orderExisting(List<String> tns, String customerOrderId) throws Exception {
        Order order = baseOrder(customerOrderId);
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(new ArrayList<>(tns));
        order.setExistingTelephoneNumberOrderType(existing);
        OrderResponse response = Order.create(client, order);
        log.info("Order {} created for {} numbers", customerOrderId, tns.size());
        return response;
    }

    public OrderResponse orderByAreaCode(String areaCode, int quantity, String customerOrderId) throws Exception {
        Order order = baseOrder(customerOrderId);
        AreaCodeSearchAndOrderType byAreaCode = new AreaCodeSearchAndOrderType();
        byAreaCode.setAreaCode(areaCode);
        byAreaCode.setQuantity(quantity);
        order.setAreaCodeSearchAndOrderType(byAreaCode);
        return Order.create(client, order);
    }

    /** Re-orders the NOC's fixed test lines after a site rebuild. */
    public OrderResponse restoreNocTestLines() throws Exception {
        Order order = baseOrder("KW-NOC-RESTORE");
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(List.of("9195550101"));
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(client, order);
    }

    public void recordCompleted(String orderId) throws Exception {
        OrderResponse response = Order.get(client, orderId);
        for (TelephoneNumber number : response.getTelephoneNumbers()) {
            String e164 = "+1" + number.getFullNumber();
            String tn = number.getFullNumber();
            inventory.markInService(tn, tn.substring(0, 3));
            log.debug("Completed {} ({})", tn, e164);
        }
    }

    public DisconnectTelephoneNumberOrderResponse disconnect(List<String> tns, String ticket) throws Exception {
        for (String tn : tns) {
            if (!NATIONAL.matcher(tn).matches()) {
                throw new IllegalArgumentException("Not a national number: " + tn);
            }
        }
        DisconnectTelephoneNumberOrderType type = new DisconnectTelephoneNumberOrderType();
        type.setTelephoneNumberList(tns);
        type.setDisconnectMode("normal");
        DisconnectTelephoneNumberOrder order = new DisconnectTelephoneNumberOrder();
        order.setName("Disconnect " + ticket);
        order.setCustomerOrderid(ticket);
        order.setDisconnectTelephoneNumberOrderType(type);
        return DisconnectTelephoneNumberOrder.create(client, order);
    }

    public DisconnectTelephoneNumberOrderResponse retireTrialLine() throws Exception {
        return disconnect(List.of("9195550188"), "KW-TRIAL-CLEANUP");
    }

    private Order baseOrder(String customerOrderId) {
        Order order = new Order();
        order.setSiteId(dashboard.getSiteId());
        order.setPeerId(dashboard.getSipPeerId());
        order.setCustomerOrderId(customerOrderId);
        order.setPartialAllowed(false);
        return order;
    }
}
