package com.lumenwave.provisioning.provisioning;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.SipPeer;
import com.bandwidth.iris.sdk.model.SipPeerTelephoneNumber;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import com.lumenwave.provisioning.config.IrisProperties;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Number search and ordering through the Iris SDK.
 */
@Service
public class NumberInventoryService {

    private static final Logger log = LoggerFactory.getLogger(NumberInventoryService.class);

    /** A number on our own account that the Dashboard health probe reads back. */
    static final String CANARY_TN = "9197060412";

    private final IrisClient irisClient;
    private final IrisProperties props;

    public NumberInventoryService(IrisClient irisClient, IrisProperties props) {
        this.irisClient = irisClient;
        this.props = props;
    }

    public List<AvailableNumberView> findAvailable(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("enableTNDetail", true);
        query.put("quantity", quantity);
        List<?> results = AvailableNumbers.search(irisClient, query);
        return results.stream()
                .map(TelephoneNumber.class::cast)
                .map(tn -> new AvailableNumberView(tn.getFullNumber(), Integer.parseInt(areaCodeOf(tn.getFullNumber())),
                        tn.getRateCenter(), tn.getState()))
                .toList();
    }

    public List<String> inServiceNumbers(String areaCode) throws Exception {
        TNss tns = InserviceNumber.list(irisClient,
                Map.of("areaCode", areaCode, "countryCodeA3", props.countryCode(), "size", 500));
        return tns.getTelephoneNumbers();
    }

    /** NPA-NXX combinations (as 6-digit ints) that still have inventory in an area code. */
    public List<Integer> exchangesWithInventory(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>(Map.of("areaCode", areaCode, "quantity", 1));
        return AvailableNpaNxx.list(irisClient, query).stream()
                .map(block -> Integer.parseInt(block.getNpa()) * 1000 + Integer.parseInt(block.getNxx()))
                .toList();
    }

    public OrderResponse orderNumbers(List<String> telephoneNumbers, String customerOrderId) throws Exception {
        OrderResponse response = Order.create(irisClient, buildOrder(telephoneNumbers, customerOrderId));
        log.info("Order {} for {} numbers: {}", customerOrderId, telephoneNumbers.size(), response.getOrderStatus());
        return response;
    }

    Order buildOrder(List<String> telephoneNumbers, String customerOrderId) {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(telephoneNumbers);
        Order order = new Order();
        order.setName("lumenwave-" + customerOrderId);
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(props.siteId());
        order.setPartialAllowed(false);
        order.setExistingTelephoneNumberOrderType(existing);
        return order;
    }

    public boolean dashboardHealthy() {
        try {
            TelephoneNumberDetails details = Tns.getTnDetails(irisClient, CANARY_TN);
            return "Inservice".equalsIgnoreCase(details.getStatus());
        } catch (Exception e) {
            log.warn("Dashboard probe failed for 9197060412", e);
            return false;
        }
    }

    public void clearCallForward(String telephoneNumber) throws Exception {
        SipPeer peer = SipPeer.get(irisClient, props.siteId(), props.sipPeerId());
        SipPeerTelephoneNumber settings = new SipPeerTelephoneNumber();
        settings.setFullNumber(telephoneNumber);
        settings.setCallForward("");
        peer.updateTn(settings);
    }

    static String areaCodeOf(String telephoneNumber) {
        return telephoneNumber.substring(0, 3);
    }
}
