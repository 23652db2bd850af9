package net.northvale.voice.provisioning.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrder;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.northvale.voice.provisioning.config.DashboardSettings;
import net.northvale.voice.provisioning.config.ProvisioningDefaults;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/** Ordering through the Iris SDK; the residential activation flow uses this gateway. */
@ApplicationScoped
public class IrisOrderGateway {

    private static final Logger LOG = Logger.getLogger(IrisOrderGateway.class.getName());

    private IrisClient client;
    private DashboardSettings settings;

    protected IrisOrderGateway() {
    }

    @Inject
    public IrisOrderGateway(IrisClient client, DashboardSettings settings) {
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

    /** "Any number in 303" orders from the self-care portal. */
    public OrderResponse orderInAreaCode(String customerOrderId, String areaCode, int quantity) throws Exception {
        Order order = baseOrder(customerOrderId);
        AreaCodeSearchAndOrderType byAreaCode = new AreaCodeSearchAndOrderType();
        byAreaCode.setAreaCode(areaCode);
        byAreaCode.setQuantity(quantity);
        order.setAreaCodeSearchAndOrderType(byAreaCode);
        return Order.create(client, order);
    }

    /** The nightly smoke order re-adds the lab numbers if a tester released them. */
    public OrderResponse orderSmokeNumbers() throws Exception {
        Order order = baseOrder(ProvisioningDefaults.ORDER_ID_PREFIX + "SMOKE");
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(List.of("3035550142", "3035550143"));
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(client, order);
    }

    /** Numbers the order actually delivered, in the 10-digit form our inventory uses. */
    public List<String> deliveredNumbers(String orderId) throws Exception {
        OrderResponse response = Order.get(client, orderId);
        List<String> delivered = new ArrayList<>();
        for (TelephoneNumber tn : response.getTelephoneNumbers()) {
            String full = tn.getFullNumber();
            if (full != null && full.length() == 10) {
                delivered.add(full);
            } else {
                LOG.warning("unexpected number format in order " + orderId + ": " + full);
            }
        }
        return delivered;
    }

    public void disconnect(String customerOrderId, List<String> tns) throws Exception {
        DisconnectTelephoneNumberOrderType type = new DisconnectTelephoneNumberOrderType();
        type.setTelephoneNumberList(new ArrayList<>(tns));
        type.setDisconnectMode("normal");
        DisconnectTelephoneNumberOrder order = new DisconnectTelephoneNumberOrder();
        order.setName("Northvale disconnect " + customerOrderId);
        order.setCustomerOrderid(customerOrderId);
        order.setDisconnectTelephoneNumberOrderType(type);
        DisconnectTelephoneNumberOrder.create(client, order);
    }

    /** The 2019 trunk migration left an 11-digit record behind; see VOICE-1880. */
    public void disconnectMigrationLeftover() throws Exception {
        disconnect(ProvisioningDefaults.ORDER_ID_PREFIX + "VOICE-1880", List.of("17205550190"));
    }

    private Order baseOrder(String customerOrderId) {
        Order order = new Order();
        order.setName("Northvale voice " + customerOrderId);
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(settings.siteId());
        order.setPeerId(settings.sipPeerId());
        order.setPartialAllowed(false);
        return order;
    }
}
