package net.korvalink.edge.sdk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;

/** Number searches through the SDK, used by the operator shell. */
@Component
public class SdkNumberSearch {

    private final IrisClient client;

    public SdkNumberSearch(IrisClient client) {
        this.client = client;
    }

    public record NpaSummary(long areaCode, int exchanges, int availableNumbers) {
    }

    public List<?> available(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", true);
        return AvailableNumbers.search(client, query);
    }

    public List<AvailableNpaNxx> exchanges(String areaCode) throws Exception {
        return AvailableNpaNxx.list(client, Map.of("areaCode", areaCode, "quantity", 25));
    }

    public Map<Integer, NpaSummary> summarize(String areaCode) throws Exception {
        Map<Integer, NpaSummary> byNpa = new TreeMap<>();
        for (AvailableNpaNxx exchange : exchanges(areaCode)) {
            int npa = Integer.parseInt(exchange.getNpa());
            NpaSummary previous = byNpa.get(npa);
            int exchanges = previous == null ? 1 : previous.exchanges() + 1;
            int numbers = (previous == null ? 0 : previous.availableNumbers()) + exchange.getQuantity();
            byNpa.put(npa, new NpaSummary(npa, exchanges, numbers));
        }
        return byNpa;
    }

    public TNss inService(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("countryCodeA3", "USA");
        query.put("areaCode", areaCode);
        query.put("size", 1000);
        return InserviceNumber.list(client, query);
    }

    public TNss inServiceAtSite(String areaCode, String state) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areacode", areaCode);
        query.put("state", state);
        query.put("size", 1000);
        return InserviceNumber.list(client, query);
    }

    public List<?> availableInState(String state, int quantity) throws Exception {
        return AvailableNumbers.search(client, Map.of("state", state, "quantity", quantity));
    }
}
