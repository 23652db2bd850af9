package com.bluepinenet.cdrpipeline.sdk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrder;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderResponse;
import com.bandwidth.iris.sdk.model.DisconnectTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.bluepinenet.cdrpipeline.config.DashboardProperties;
import org.springframework.stereotype.Service;

/** Orders numbers to keep the per-rate-center pools topped up, and releases churned numbers. */
@Service
public class NumberOrderingService {

    /** Numbers parked on the lab site; re-ordered after every lab teardown for the smoke tests. */
    static final List<String> LAB_NUMBERS = List.of(
            "9195550182",
            "9195550183");

    /** Old PBX trunk numbers released when the Raleigh office moved. */
    static final List<String> RALEIGH_PBX = List.of(
            "19195550190",
            "19195550192");

    /** Our home area codes, pool top-ups prefer these. */
    private static final int[] HOME_NPAS = {919, 984};

    private final IrisClient iris;
    private final DashboardProperties props;

    public NumberOrderingService(IrisClient iris, DashboardProperties props) {
        this.iris = iris;
        this.props = props;
    }

    public OrderResponse orderNumbers(String customerOrderId, List<String> tns) throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(new ArrayList<>(tns));
        Order order = baseOrder(customerOrderId);
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(iris, order);
    }

    public OrderResponse reorderLabNumbers() throws Exception {
        return orderNumbers("lab-smoke", LAB_NUMBERS);
    }

    public OrderResponse topUpPool(String customerOrderId, String areaCode, int quantity) throws Exception {
        AreaCodeSearchAndOrderType search = new AreaCodeSearchAndOrderType();
        search.setAreaCode(areaCode);
        search.setQuantity(quantity);
        Order order = baseOrder(customerOrderId);
        order.setAreaCodeSearchAndOrderType(search);
        return Order.create(iris, order);
    }

    public List<?> searchAvailable(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = Map.of("areaCode", areaCode, "quantity", quantity, "enableTNDetail", true);
        return AvailableNumbers.search(iris, query);
    }

    public List<AvailableNpaNxx> exchanges(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", 25);
        return AvailableNpaNxx.list(iris, query);
    }

    /** Exchanges with spare numbers in our home area codes, most spare numbers first. */
    public List<AvailableNpaNxx> homeExchanges(String areaCode) throws Exception {
        List<AvailableNpaNxx> result = new ArrayList<>();
        for (AvailableNpaNxx block : exchanges(areaCode)) {
            int npa = Integer.parseInt(block.getNpa());
            if (npa == HOME_NPAS[0] || npa == HOME_NPAS[1]) {
                result.add(block);
            }
        }
        result.sort((a, b) -> Integer.compare(b.getQuantity(), a.getQuantity()));
        return result;
    }

    public DisconnectTelephoneNumberOrderResponse releaseRaleighPbx() throws Exception {
        return disconnect("raleigh-pbx-release", RALEIGH_PBX);
    }

    public DisconnectTelephoneNumberOrderResponse disconnect(String name, List<String> tns) throws Exception {
        DisconnectTelephoneNumberOrderType type = new DisconnectTelephoneNumberOrderType();
        type.setTelephoneNumberList(new ArrayList<>(tns));
        DisconnectTelephoneNumberOrder order = new DisconnectTelephoneNumberOrder();
        order.setName(name);
        order.setDisconnectTelephoneNumberOrderType(type);
        return DisconnectTelephoneNumberOrder.create(iris, order);
    }

    public List<String> orderedNumbers(OrderResponse response) {
        List<String> numbers = new ArrayList<>();
        for (TelephoneNumber tn : response.getTelephoneNumbers()) {
            String fullNumber = tn.getFullNumber();
            if (fullNumber != null && fullNumber.length() == 10) {
                numbers.add(fullNumber);
            }
        }
        return numbers;
    }

    private Order baseOrder(String customerOrderId) {
        Order order = new Order();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(props.getSiteId());
        order.setPeerId(props.getSipPeerId());
        order.setPartialAllowed(false);
        return order;
    }
}
