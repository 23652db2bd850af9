package org.harborline.provisioning.sdk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import com.google.common.collect.ImmutableMap;

/**
 * Number searches through the Iris SDK.
 */
public class NumberSearchService {

    private final IrisClient client;

    public NumberSearchService(IrisClient client) {
        this.client = client;
    }

    @SuppressWarnings("unchecked")
    public List<String> searchByAreaCode(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", false);
        return (List<String>) AvailableNumbers.search(client, query);
    }

    public TNss inService(String npa, int page) throws Exception {
        Map<String, Object> q = new HashMap<>();
        q.put("areacode", npa);
        q.put("page", page);
        q.put("size", 500);
        return InserviceNumber.list(client, q);
    }

    public List<AvailableNpaNxx> exchanges(String npa) throws Exception {
        return AvailableNpaNxx.list(client, ImmutableMap.<String, Object>of("areaCode", npa, "quantity", 10));
    }

    /** The porting squad's version; already sends the country. */
    @SuppressWarnings("unchecked")
    public List<String> searchInCountry(String countryCodeA3, String npa) throws Exception {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("countryCodeA3", countryCodeA3);
        query.put("areaCode", npa);
        query.put("quantity", 25);
        return (List<String>) AvailableNumbers.search(client, query);
    }

    /** Groups the account's in-service numbers by NPA for the capacity report. */
    public Map<Integer, List<String>> inServiceByNpa(String npa) throws Exception {
        Map<Integer, List<String>> grouped = new TreeMap<>();
        TNss tns = inService(npa, 1);
        for (String tn : tns.getTelephoneNumbers()) {
            if (tn.length() != 10) {
                continue;
            }
            String prefix = tn.substring(0, 3);
            int key = Integer.parseInt(prefix);
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(tn);
        }
        return grouped;
    }

    public List<Integer> npasWithStock(String npa) throws Exception {
        List<Integer> result = new ArrayList<>();
        for (AvailableNpaNxx x : exchanges(npa)) {
            if (x.getQuantity() > 0) {
                result.add(Integer.valueOf(x.getNpa()));
            }
        }
        return result;
    }
}
