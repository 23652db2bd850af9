package io.kestrelvoice.numbering.provisioning.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import io.kestrelvoice.numbering.dashboard.DashboardProperties;
import io.kestrelvoice.numbering.dashboard.api.OrderClient;
import io.kestrelvoice.numbering.provisioning.config.ProvisioningProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Places new-number orders. Orders above {@code maxNumbersPerOrder} are split and sent through
 * the raw client, which streams the XML instead of building SDK models.
 */
@Service
public class NumberOrderService {

    private static final Logger log = LoggerFactory.getLogger(NumberOrderService.class);

    private final IrisClient irisClient;
    private final OrderClient orderClient;
    private final DashboardProperties dashboard;
    private final ProvisioningProperties properties;

    public NumberOrderService(IrisClient irisClient, OrderClient orderClient,
                              DashboardProperties dashboard, ProvisioningProperties properties) {
        this.irisClient = irisClient;
        this.orderClient = orderClient;
        this.dashboard = dashboard;
        this.properties = properties;
    }

    public String order(String customerOrderId, List<String> telephoneNumbers) throws Exception {
        if (telephoneNumbers.size() > properties.maxNumbersPerOrder()) {
            return orderClient.orderExisting(customerOrderId, telephoneNumbers);
        }
        OrderResponse response = Order.create(irisClient, buildOrder(customerOrderId, telephoneNumbers));
        log.info("order {} for {} numbers: {}", response.getOrder().getid(), telephoneNumbers.size(), response.getOrderStatus());
        return response.getOrder().getid();
    }

    Order buildOrder(String customerOrderId, List<String> telephoneNumbers) {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(new ArrayList<>(telephoneNumbers));

        Order order = new Order();
        order.setCustomerOrderId(customerOrderId == null ? "KV-" + UUID.randomUUID() : customerOrderId);
        order.setSiteId(dashboard.getSiteId());
        order.setPeerId(dashboard.getSipPeerId());
        order.setPartialAllowed(false);
        order.setExistingTelephoneNumberOrderType(existing);
        return order;
    }

    /** "Give me 5 numbers in 919" - the Dashboard picks them. */
    public String orderInAreaCode(String areaCode, int quantity) throws Exception {
        AreaCodeSearchAndOrderType search = new AreaCodeSearchAndOrderType();
        search.setAreaCode(areaCode);
        search.setQuantity(quantity);

        Order order = new Order();
        order.setSiteId(dashboard.getSiteId());
        order.setPeerId(dashboard.getSipPeerId());
        order.setAreaCodeSearchAndOrderType(search);
        return Order.create(irisClient, order).getOrder().getid();
    }

    /** Numbers of a completed order, as we store them on the customer record. */
    public List<String> completedNumbers(String orderId) throws Exception {
        OrderResponse response = Order.get(irisClient, orderId);
        List<String> numbers = new ArrayList<>();
        for (TelephoneNumber tn : response.getTelephoneNumbers()) {
            String full = tn.getFullNumber();
            if (full.length() != 10) {
                log.warn("unexpected number format {} in order {}", full, orderId);
                continue;
            }
            numbers.add(full);
        }
        return numbers;
    }
}
