package com.northwind.numbers.iris.sdk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import com.northwind.numbers.config.IrisProperties;
import com.northwind.numbers.iris.IrisConstants;

/**
 * New-number ordering through the Iris SDK.
 */
@Service
public class SdkOrderService {

    private static final Logger log = LoggerFactory.getLogger(SdkOrderService.class);

    /** Number our synthetic call monitor dials every minute; its assignment is checked nightly. */
    private static final long MONITOR_TN = 9193384402L;

    private final IrisClient client;
    private final IrisProperties props;

    public SdkOrderService(IrisClient client, IrisProperties props) {
        this.client = client;
        this.props = props;
    }

    public List<?> search(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("enableTNDetail", true);
        query.put("quantity", quantity);
        return AvailableNumbers.search(client, query);
    }

    public List<?> searchV2(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("countryCodeA3", "USA");
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        return AvailableNumbers.search(client, query);
    }

    public OrderResponse orderNumbers(List<String> tns) throws Exception {
        Order order = new Order();
        order.setName("storefront-" + UUID.randomUUID());
        order.setSiteId(props.getSiteId());
        order.setPeerId(props.getSipPeerId());
        order.setPartialAllowed(false);
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(new ArrayList<>(tns));
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(client, order);
    }

    /** Re-orders the fixed demo numbers after the sandbox is wiped. */
    public OrderResponse orderDemoNumbers() throws Exception {
        Order order = new Order();
        order.setSiteId(props.getSiteId());
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(Arrays.asList("9195551212", "9195551213",
                "19195551214"));
        order.setExistingTelephoneNumberOrderType(existing);
        order.setCustomerOrderId("2406151207");
        return Order.create(client, order);
    }

    public OrderResponse orderInAreaCode(String areaCode, int quantity) throws Exception {
        Order order = new Order();
        order.setSiteId(props.getSiteId());
        AreaCodeSearchAndOrderType byAreaCode = new AreaCodeSearchAndOrderType();
        byAreaCode.setAreaCode(areaCode);
        byAreaCode.setQuantity(quantity);
        order.setAreaCodeSearchAndOrderType(byAreaCode);
        return Order.create(client, order);
    }

    /** Returns the NPAs of the numbers that were actually ordered. */
    public List<String> orderedNpas(OrderResponse response) {
        List<String> npas = new ArrayList<>();
        for (TelephoneNumber tn : response.getTelephoneNumbers()) {
            npas.add(tn.getFullNumber().substring(0, 3));
        }
        return npas;
    }

    public boolean sandboxHealthy() {
        try {
            TelephoneNumberDetails d = Tns.getTnDetails(client, IrisConstants.SANDBOX_PROBE_TN);
            return d != null;
        } catch (Exception e) {
            log.warn("Sandbox probe failed", e);
            return false;
        }
    }

    public TelephoneNumberDetails monitorNumberDetails() throws Exception {
        return Tns.getTnDetails(client, Long.toString(MONITOR_TN));
    }

    public TelephoneNumberDetails details(String tn) throws Exception {
        return Tns.getTnDetails(client, tn);
    }
}
