package net.northvale.voice.provisioning.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.northvale.voice.provisioning.config.ProvisioningDefaults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Searches through the SDK. Results are 10-digit strings in v1. */
@ApplicationScoped
public class IrisSearchGateway {

    private IrisClient client;

    protected IrisSearchGateway() {
    }

    @Inject
    public IrisSearchGateway(IrisClient client) {
        this.client = client;
    }

    public List<String> searchAvailable(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", false);
        List<String> numbers = new ArrayList<>();
        for (Object o : AvailableNumbers.search(client, query)) {
            numbers.add(String.valueOf(o));
        }
        return numbers;
    }

    public List<String> searchAvailableInZip(String zip) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("zip", zip);
        query.put("quantity", ProvisioningDefaults.DEFAULT_SEARCH_QUANTITY);
        List<String> numbers = new ArrayList<>();
        for (Object o : AvailableNumbers.search(client, query)) {
            numbers.add(String.valueOf(o));
        }
        return numbers;
    }

    public List<String> inService(String npa) throws Exception {
        TNss tns = InserviceNumber.list(client, Map.of("areaCode", npa, "size", 500));
        return tns.getTelephoneNumbers();
    }

    /** Free NXX blocks per area code, used to decide where to open new rate centers. */
    public Map<Integer, Integer> npaNxxCapacity(String areaCode) throws Exception {
        List<AvailableNpaNxx> blocks = AvailableNpaNxx.list(client, Map.of("areaCode", areaCode, "quantity", 50));
        Map<Integer, Integer> byNpa = new TreeMap<>();
        for (AvailableNpaNxx block : blocks) {
            int npa = Integer.parseInt(block.getNpa());
            byNpa.merge(npa, block.getQuantity(), Integer::sum);
        }
        return byNpa;
    }
}
