package net.pinecrest.numbertool.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Number searches through the vendor SDK. */
public class IrisNumberSearch {

    private final IrisClient client;
    private final String countryCodeA3;

    public IrisNumberSearch(IrisClient client, String countryCodeA3) {
        this.client = client;
        this.countryCodeA3 = countryCodeA3;
    }

    public List<String> availableInAreaCode(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", false);
        List<?> result = AvailableNumbers.search(client, query);
        return result.stream().map(Object::toString).toList();
    }

    /** Pilot variant for the Puerto Rico numbers, where the NPA alone is ambiguous. */
    public List<String> availableInCountry(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("countryCodeA3", countryCodeA3);
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        return AvailableNumbers.search(client, query).stream().map(Object::toString).toList();
    }

    public List<String> inService(String areaCode, int page, int size) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("page", page);
        query.put("size", size);
        query.put("areaCode", areaCode);
        TNss tns = InserviceNumber.list(client, query);
        return tns.getTelephoneNumbers() == null ? List.of() : tns.getTelephoneNumbers();
    }

    public List<AvailableNpaNxx> npaNxx(String areaCode) throws Exception {
        return AvailableNpaNxx.list(client, Map.of("areaCode", areaCode, "quantity", 25));
    }

    /** Spare blocks per NXX in an NPA, for the capacity planning sheet. */
    public Map<String, Integer> spareBlocks(String areaCode, int wantedNpa) throws Exception {
        Map<String, Integer> blocks = new TreeMap<>();
        for (AvailableNpaNxx entry : npaNxx(areaCode)) {
            int npa = Integer.parseInt(entry.getNpa());
            if (npa != wantedNpa) {
                continue;
            }
            blocks.merge(entry.getNxx(), entry.getQuantity(), Integer::sum);
        }
        return blocks;
    }
}
