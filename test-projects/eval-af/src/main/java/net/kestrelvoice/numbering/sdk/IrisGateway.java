package net.kestrelvoice.numbering.sdk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;

import net.kestrelvoice.numbering.config.DashboardEndpoints;
import net.kestrelvoice.numbering.config.DashboardSettings;

/**
 * Thin facade over the Iris SDK for the calls the SDK models well (search, orders, TN
 * details). Everything else goes through the CXF clients.
 */
public class IrisGateway {

    private static final Logger log = LoggerFactory.getLogger(IrisGateway.class);

    /** Main number of the Raleigh office; used as a liveness probe of the SDK path. */
    static final String PROBE_TN = "9197041100";

    private final IrisClient client;
    private final DashboardSettings settings;

    public IrisGateway(IrisClient client, DashboardSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    @SuppressWarnings("unchecked")
    public List<String> searchAvailable(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        return (List<String>) AvailableNumbers.search(client, query);
    }

    @SuppressWarnings("unchecked")
    public List<String> searchAvailableInCountry(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put(DashboardEndpoints.COUNTRY_PARAM, settings.getDefaultCountry());
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        return (List<String>) AvailableNumbers.search(client, query);
    }

    /** In-service numbers of one area code, normalised to bare 10-digit strings. */
    public List<String> inservice(String areaCode) throws Exception {
        TNss tns = InserviceNumber.list(client, Map.of("areaCode", areaCode, "page", 1, "size", 500));
        return tns.getTelephoneNumbers().stream()
                .filter(tn -> tn.length() == 10)
                .collect(Collectors.toList());
    }

    public String orderNumbers(String customerOrderId, List<String> tns) throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(new ArrayList<>(tns));
        Order order = new Order();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId(settings.getSiteId());
        order.setPeerId(settings.getSipPeerId());
        order.setPartialAllowed(false);
        order.setExistingTelephoneNumberOrderType(existing);
        OrderResponse response = Order.create(client, order);
        log.info("order {} for {} numbers: {}", response.getOrder().getid(), tns.size(), response.getOrderStatus());
        return response.getOrder().getid();
    }

    /** Completed numbers of an order, as the dialling plan stores them (11 digits). */
    public List<String> completedNumbers(String orderId) throws Exception {
        OrderResponse response = Order.get(client, orderId);
        List<String> dialable = new ArrayList<>();
        for (TelephoneNumber tn : response.getTelephoneNumbers()) {
            dialable.add("1" + tn.getFullNumber());
        }
        return dialable;
    }

    public String rateCenterArea(String tn) throws Exception {
        TelephoneNumberDetails details = Tns.getTnDetails(client, tn);
        String npa = details.getFullNumber().substring(0, 3);
        return npa + "/" + details.getRateCenter();
    }

    public boolean probe() {
        try {
            return Tns.getTnDetails(client, PROBE_TN) != null;
        } catch (Exception e) {
            log.warn("SDK probe failed: {}", e.getMessage());
            return false;
        }
    }
}
