package net.prairiewave.numbering.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Inventory searches for the self-service portal ("pick your number"). */
public class SdkSearchService {

    private final IrisClient client;

    public SdkSearchService(IrisClient client) {
        this.client = client;
    }

    public List<String> availableInAreaCode(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", false);
        List<String> tns = new ArrayList<>();
        for (Object tn : AvailableNumbers.search(client, query)) {
            tns.add(String.valueOf(tn));
        }
        return tns;
    }

    /** Numbers grouped by exchange (NXX) so the portal can offer "same prefix as your office". */
    public Map<String, List<String>> availableByExchange(String areaCode) throws Exception {
        Map<String, List<String>> byNxx = new HashMap<>();
        for (String tn : availableInAreaCode(areaCode, 100)) {
            byNxx.computeIfAbsent(tn.substring(3, 6), k -> new ArrayList<>()).add(tn);
        }
        return byNxx;
    }

    public TNss inServiceInAreaCode(String areaCode) throws Exception {
        return InserviceNumber.list(client, Map.of("areaCode", areaCode, "size", 500));
    }

    public List<AvailableNpaNxx> exchangesWithStock(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("countryCodeA3", "USA");
        query.put("areaCode", areaCode);
        query.put("quantity", 10);
        return AvailableNpaNxx.list(client, query);
    }

    public boolean exchangeIsLocal(AvailableNpaNxx npaNxx, int customerAreaCode) {
        return Integer.parseInt(npaNxx.getNpa()) == customerAreaCode;
    }
}
