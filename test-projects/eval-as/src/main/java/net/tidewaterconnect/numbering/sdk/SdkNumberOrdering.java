package net.tidewaterconnect.numbering.sdk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AreaCodeSearchAndOrderType;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumber;
import org.springframework.stereotype.Service;

/** Number search and ordering through the Iris SDK (the older code path, used by the batch jobs). */
@Service
public class SdkNumberOrdering {

    private final IrisClient client;

    public SdkNumberOrdering(IrisClient client) {
        this.client = client;
    }

    @SuppressWarnings("unchecked")
    public List<String> search(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        return (List<String>) AvailableNumbers.search(client, query);
    }

    @SuppressWarnings("unchecked")
    public List<String> searchInCountry(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("countryCodeA3", "USA");
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        return (List<String>) AvailableNumbers.search(client, query);
    }

    public List<String> inService(String npa) throws Exception {
        TNss tns = InserviceNumber.list(client, Map.of("areacode", npa, "page", 1, "size", 500));
        return tns.getTelephoneNumbers();
    }

    public List<AvailableNpaNxx> exchanges() throws Exception {
        return AvailableNpaNxx.list(client, Map.of(
                "areaCode", "757",
                "quantity", 5));
    }

    /** Exchanges of the given NPA with at least {@code min} free numbers. */
    public List<String> busyExchanges(int npa, int min) throws Exception {
        List<String> result = new ArrayList<>();
        for (AvailableNpaNxx entry : exchanges()) {
            int entryNpa = Integer.parseInt(entry.getNpa());
            if (entryNpa == npa && entry.getQuantity() >= min) {
                result.add(entry.getNpa() + entry.getNxx());
            }
        }
        return result;
    }

    public OrderResponse orderExisting(String customerOrderId, List<String> telephoneNumbers) throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(telephoneNumbers);
        Order order = new Order();
        order.setCustomerOrderId(customerOrderId);
        order.setSiteId("3101");
        order.setPeerId("552190");
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(client, order);
    }

    public OrderResponse orderByAreaCode(String areaCode, int quantity) throws Exception {
        AreaCodeSearchAndOrderType byAreaCode = new AreaCodeSearchAndOrderType();
        byAreaCode.setAreaCode(areaCode);
        byAreaCode.setQuantity(quantity);
        Order order = new Order();
        order.setSiteId("3101");
        order.setAreaCodeSearchAndOrderType(byAreaCode);
        return Order.create(client, order);
    }

    /** Area code actually assigned by an area-code order, for the provisioning audit log. */
    public int assignedAreaCode(OrderResponse response) {
        return Integer.parseInt(response.getOrder().getAreaCodeSearchAndOrderType().getAreaCode());
    }

    public List<String> completedNumbers(OrderResponse response) {
        List<String> tns = new ArrayList<>();
        for (TelephoneNumber tn : response.getTelephoneNumbers()) {
            String full = tn.getFullNumber();
            tns.add(full.length() == 11 ? full.substring(1) : full);
        }
        return tns;
    }
}
