package net.larkspurtel.provisioning.legacy;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.ExistingTelephoneNumberOrderType;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.Order;
import com.bandwidth.iris.sdk.model.OrderResponse;
import com.bandwidth.iris.sdk.model.TNss;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Number queries the reseller portal makes through the Iris SDK. */
public class LegacyNumberQueries {

    private final IrisClient client;

    public LegacyNumberQueries(IrisClient client) {
        this.client = client;
    }

    @SuppressWarnings("unchecked")
    public List<String> available(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", false);
        return (List<String>) AvailableNumbers.search(client, query);
    }

    public List<String> inService(String areaCode) throws Exception {
        TNss tnss = InserviceNumber.list(client, Map.of("areaCode", areaCode, "size", 500));
        List<String> numbers = new ArrayList<>();
        for (String tn : tnss.getTelephoneNumbers()) {
            if (tn.matches("[0-9]{10}")) {
                numbers.add(tn);
            }
        }
        return numbers;
    }

    public Map<Integer, Integer> exchangesWithStock(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", 10);
        Map<Integer, Integer> byNpa = new TreeMap<>();
        for (AvailableNpaNxx npaNxx : AvailableNpaNxx.list(client, query)) {
            byNpa.merge(Integer.valueOf(npaNxx.getNpa()), npaNxx.getQuantity(), Integer::sum);
        }
        return byNpa;
    }

    public String rateCenterOf(String tn) throws Exception {
        TelephoneNumberDetails details = Tns.getTnDetails(client, tn);
        return details.getRateCenter();
    }

    /** QA regression: the two reserved numbers of the reseller QA site must stay orderable. */
    public OrderResponse orderQaNumbers(String siteId) throws Exception {
        ExistingTelephoneNumberOrderType existing = new ExistingTelephoneNumberOrderType();
        existing.setTelephoneNumberList(Arrays.asList("9195550148", "9195550149"));
        Order order = new Order();
        order.setName("reseller QA regression");
        order.setSiteId(siteId);
        order.setExistingTelephoneNumberOrderType(existing);
        return Order.create(client, order);
    }

    /** Health probe used by the legacy function's /healthz. */
    public boolean canaryReachable() throws Exception {
        return Tns.getTnDetails(client, "9195550100") != null;
    }
}
