package com.cobaltline.numbering.sdk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.cobaltline.numbering.config.DashboardSettings;

/** Search and order of new numbers through the Iris SDK. */
public class NumberOrderingService {

    private static final Logger LOG = LoggerFactory.getLogger(NumberOrderingService.class);

    private final IrisClient client;
    private final DashboardSettings settings;

    public NumberOrderingService(IrisClient client, DashboardSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public List<String> findNumbers(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("enableTNDetail", false);
        query.put("quantity", quantity);
        List<?> found = AvailableNumbers.search(client, query);
        List<String> numbers = new ArrayList<>();
        for (Object o : found) {
            numbers.add(o instanceof TelephoneNumber tn ? tn.getFullNumber() : String.valueOf(o));
        }
        return numbers;
    }

    public List<String> findByZip(String zip, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("zip", zip);
        query.put("quantity", quantity);
        List<?> found = AvailableNumbers.search(client, query);
        return found.stream().map(String::valueOf).toList();
    }

    public Order buildOrder(List<String> telephoneNumbers, String customerOrderId) {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(telephoneNumbers);
        Order order = new Order();
        order.setName("Cobalt Line order " + customerOrderId);
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(settings.getSiteId());
        order.setPeerId(settings.getSipPeerId());
        order.setPartialAllowed(false);
        order.setExistingTelephoneNumberOrderType(existing);
        return order;
    }

    public OrderResponse order(List<String> telephoneNumbers, String customerOrderId) throws Exception {
        OrderResponse response = Order.create(client, buildOrder(telephoneNumbers, customerOrderId));
        LOG.info("Order {} for {} numbers: {}", customerOrderId, telephoneNumbers.size(), response.getOrderStatus());
        return response;
    }

    /** Lets the Dashboard pick the numbers: "give me 5 in 919". */
    public OrderResponse orderInAreaCode(String areaCode, int quantity, String customerOrderId) throws Exception {
        AreaCodeSearchAndOrderType search = new AreaCodeSearchAndOrderType();
        search.setAreaCode(areaCode);
        search.setQuantity(quantity);
        Order order = new Order();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(settings.getSiteId());
        order.setAreaCodeSearchAndOrderType(search);
        return Order.create(client, order);
    }

    /** Area code an area-code order was placed for, for the sales report. */
    public int requestedAreaCode(String orderId) throws Exception {
        Order order = Order.get(client, orderId).getOrder();
        AreaCodeSearchAndOrderType search = order.getAreaCodeSearchAndOrderType();
        return search == null ? 0 : Integer.parseInt(search.getAreaCode());
    }

    /** Completed numbers of an order grouped by NPA, for the provisioning e-mail. */
    public Map<String, List<String>> completedByNpa(String orderId) throws Exception {
        OrderResponse response = Order.get(client, orderId);
        Map<String, List<String>> byNpa = new LinkedHashMap<>();
        for (TelephoneNumber tn : response.getTelephoneNumbers()) {
            String npa = tn.getFullNumber().substring(0, 3);
            byNpa.computeIfAbsent(npa, k -> new ArrayList<>()).add(tn.getFullNumber());
        }
        return byNpa;
    }
}
