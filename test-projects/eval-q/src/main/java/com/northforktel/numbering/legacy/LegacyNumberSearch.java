package com.northforktel.numbering.legacy;

import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SDK-based searches still used by the wholesale reporting scripts.
 */
@Singleton
public class LegacyNumberSearch {

    private final IrisClientFactory factory;

    @Inject
    public LegacyNumberSearch(IrisClientFactory factory) {
        this.factory = factory;
    }

    public List<String> byAreaCode(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        query.put("enableTNDetail", false);
        return AvailableNumbers.search(factory.defaultClient(), query).stream().map(String::valueOf).toList();
    }

    public List<String> byState(String state, int quantity) throws Exception {
        return AvailableNumbers.search(factory.defaultClient(), Map.of("state", state, "quantity", quantity))
                .stream().map(String::valueOf).toList();
    }

    public List<String> canadian(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("countryCodeA3", "CAN");
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        return AvailableNumbers.search(factory.messagingRouteClient(), query).stream().map(String::valueOf).toList();
    }

    /** In-service count per exchange (NPA-NXX) for one area code. */
    public Map<String, Integer> inServiceByExchange(String areaCode) throws Exception {
        TNss tns = InserviceNumber.list(factory.defaultClient(), Map.of("areaCode", areaCode, "page", 1, "size", 500));
        Map<String, Integer> byExchange = new TreeMap<>();
        for (String tn : tns.getTelephoneNumbers()) {
            byExchange.merge(tn.substring(0, 6), 1, Integer::sum);
        }
        return byExchange;
    }

    public List<Integer> areaCodesWithStock(String areaCode) throws Exception {
        List<AvailableNpaNxx> rows = AvailableNpaNxx.list(factory.defaultClient(), Map.of("areaCode", areaCode));
        List<Integer> npas = new ArrayList<>();
        for (AvailableNpaNxx row : rows) {
            int npa = Integer.parseInt(row.getNpa());
            if (row.getQuantity() > 0 && !npas.contains(npa)) {
                npas.add(npa);
            }
        }
        return npas;
    }
}
