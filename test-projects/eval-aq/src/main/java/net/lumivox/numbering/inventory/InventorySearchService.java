package net.lumivox.numbering.inventory;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import net.lumivox.numbering.iris.IrisEndpoints;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Inventory searches through the Iris SDK.
 */
public class InventorySearchService {

    private final IrisClient client;

    public InventorySearchService(IrisClient client) {
        this.client = client;
    }

    public List<?> searchAreaCode(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", true);
        return AvailableNumbers.search(client, query);
    }

    public List<?> searchAreaCodeUsa(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("countryCodeA3", IrisEndpoints.DEFAULT_COUNTRY);
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        return AvailableNumbers.search(client, query);
    }

    public List<?> searchZip(String zip) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("zip", zip);
        query.put("quantity", 10);
        return AvailableNumbers.search(client, query);
    }

    public List<String> inService(String areaCode) throws Exception {
        TNss tns = InserviceNumber.list(client, Map.of("areaCode", areaCode, "size", 500));
        return tns.getTelephoneNumbers();
    }

    public List<String> inServiceInState(String state) throws Exception {
        TNss tns = InserviceNumber.list(client, Map.of("state", state, "size", 500));
        return tns.getTelephoneNumbers();
    }

    /** Available numbers per NPA, used to decide where to open new DID blocks. */
    public Map<Integer, Integer> npaCapacity(String areaCode) throws Exception {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", 5);
        Map<Integer, Integer> capacity = new TreeMap<>();
        for (AvailableNpaNxx npaNxx : AvailableNpaNxx.list(client, query)) {
            int npa = Integer.parseInt(npaNxx.getNpa());
            capacity.merge(npa, npaNxx.getQuantity(), Integer::sum);
        }
        return capacity;
    }

    public List<AvailableNpaNxx> npaNxxInState(String state) throws Exception {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("state", state);
        query.put("countryCodeA3", "USA");
        return AvailableNpaNxx.list(client, query);
    }
}
