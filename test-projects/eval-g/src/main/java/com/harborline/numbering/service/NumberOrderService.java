package com.harborline.numbering.service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrder;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.harborline.numbering.config.DashboardSettings;
import com.harborline.numbering.domain.NumberInventoryStore;
import com.harborline.numbering.domain.ProvisioningStatus;
import com.harborline.numbering.domain.TenantNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Orders numbers picked by a tenant (from a previous search) and disconnects
 * them when the tenant releases them.
 */
@ApplicationScoped
public class NumberOrderService {

    private static final Logger LOG = Logger.getLogger(NumberOrderService.class.getName());

    private final IrisClient client;
    private final DashboardSettings settings;
    private final NumberInventoryStore store;

    @Inject
    public NumberOrderService(IrisClient client, DashboardSettings settings, NumberInventoryStore store) {
        this.client = client;
        this.settings = settings;
        this.store = store;
    }

    public Order buildOrder(List<String> nationalNumbers, String customerOrderId) {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(nationalNumbers);
        Order order = new Order();
        order.setName("harborline-" + customerOrderId);
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(settings.siteId());
        order.setPeerId(settings.sipPeerId());
        order.setPartialAllowed(false);
        order.setExistingTelephoneNumberOrderType(existing);
        return order;
    }

    public String order(String tenantId, List<String> nationalNumbers, String customerOrderId) throws Exception {
        OrderResponse response = Order.create(client, buildOrder(nationalNumbers, customerOrderId));
        String orderId = response.getOrder().getid();
        for (String tn : nationalNumbers) {
            store.put(TenantNumber.builder()
                    .tenantId(tenantId)
                    .nationalNumber(tn)
                    .status(ProvisioningStatus.ORDERED)
                    .dashboardOrderId(orderId)
                    .updatedAt(Instant.now())
                    .build());
        }
        LOG.info(() -> "Order " + orderId + " placed for tenant " + tenantId);
        return orderId;
    }

    public String disconnect(List<String> nationalNumbers, String customerOrderId) throws Exception {
        DisconnectTelephoneNumberOrderType type = new DisconnectTelephoneNumberOrderType();
        type.setTelephoneNumberList(nationalNumbers);
        type.setDisconnectMode("normal");
        DisconnectTelephoneNumberOrder order = new DisconnectTelephoneNumberOrder();
        order.setName("harborline-release-" + customerOrderId);
        order.setCustomerOrderid(customerOrderId);
        order.setDisconnectTelephoneNumberOrderType(type);
        return DisconnectTelephoneNumberOrder.create(client, order).getOrderStatus();
    }
}
