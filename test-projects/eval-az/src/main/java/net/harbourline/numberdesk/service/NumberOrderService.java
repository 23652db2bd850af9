package net.harbourline.numberdesk.service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import net.harbourline.numberdesk.config.DashboardSettings;
import net.harbourline.numberdesk.jms.NumberEventPublisher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Searching and ordering new numbers through the Iris SDK. */
@Stateless
public class NumberOrderService {

    @Inject
    IrisClient iris;

    @Inject
    DashboardSettings settings;

    @Inject
    NumberEventPublisher events;

    public List<String> search(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", false);
        List<?> found = AvailableNumbers.search(iris, query);
        List<String> numbers = new ArrayList<>(found.size());
        for (Object o : found) {
            numbers.add(o.toString());
        }
        return numbers;
    }

    public List<String> searchByRateCenter(String rateCenter, String state, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("rateCenter", rateCenter);
        query.put("state", state);
        query.put("quantity", quantity);
        List<?> found = AvailableNumbers.search(iris, query);
        return found.stream().map(Object::toString).toList();
    }

    public OrderResponse orderExisting(String customerOrderId, List<String> tns) throws Exception {
        Order order = new Order();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(settings.siteId());
        order.setPeerId(settings.sipPeerId());
        order.setPartialAllowed(false);
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(tns);
        order.setExistingTelephoneNumberOrderType(existing);
        OrderResponse response = Order.create(iris, order);
        if (response.getTelephoneNumbers() != null) {
            for (TelephoneNumber tn : response.getTelephoneNumbers()) {
                events.numberOrdered(tn.getFullNumber(), customerOrderId);
            }
        }
        return response;
    }

    public OrderResponse orderByAreaCode(String areaCode, int quantity) throws Exception {
        AreaCodeSearchAndOrderType byAreaCode = new AreaCodeSearchAndOrderType();
        byAreaCode.setAreaCode(areaCode);
        byAreaCode.setQuantity(quantity);
        Order order = new Order();
        order.setCustomerOrderId("ND-" + UUID.randomUUID());
        order.setSiteId(settings.siteId());
        order.setAreaCodeSearchAndOrderType(byAreaCode);
        return Order.create(iris, order);
    }

    /** Exchanges that still have numbers, grouped by area code, for the ordering screen. */
    public Map<Integer, List<String>> exchangesByAreaCode(String areaCode) throws Exception {
        Map<String, Object> query = Map.of("areaCode", areaCode, "quantity", 50);
        Map<Integer, List<String>> byNpa = new TreeMap<>();
        for (AvailableNpaNxx block : AvailableNpaNxx.list(iris, query)) {
            int npa = Integer.parseInt(block.getNpa());
            byNpa.computeIfAbsent(npa, k -> new ArrayList<>()).add(block.getNxx());
        }
        return byNpa;
    }

    /** Free numbers per area code in one state; toll-free ranges are ordered elsewhere. */
    public Map<Integer, Integer> quantityByAreaCode(String state) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("state", state);
        query.put("countryCodeA3", "USA");
        Map<Integer, Integer> quantities = new TreeMap<>();
        for (AvailableNpaNxx block : AvailableNpaNxx.list(iris, query)) {
            Integer areaCode = Integer.valueOf(block.getNpa());
            quantities.merge(areaCode, block.getQuantity(), Integer::sum);
        }
        return quantities;
    }
}
