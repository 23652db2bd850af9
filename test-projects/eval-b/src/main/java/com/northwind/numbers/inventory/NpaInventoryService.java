package com.northwind.numbers.inventory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;

/**
 * Capacity planning: which area codes we can still buy in and how many numbers we hold there.
 */
@Service
public class NpaInventoryService {

    private static final int FIRST_TOLL_FREE_NPA = 800;

    private final IrisClient client;

    public NpaInventoryService(IrisClient client) {
        this.client = client;
    }

    public Map<Integer, Integer> availableExchangesByAreaCode(String areaCode) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", 50);
        List<AvailableNpaNxx> rows = AvailableNpaNxx.list(client, query);

        Map<Integer, Integer> byAreaCode = new TreeMap<>();
        for (AvailableNpaNxx row : rows) {
            int npa = Integer.parseInt(row.getNpa());
            byAreaCode.merge(npa, row.getQuantity(), Integer::sum);
        }
        return byAreaCode;
    }

    public int inServiceCount(String areaCode) throws Exception {
        TNss tns = InserviceNumber.list(client, Map.of("areaCode", areaCode, "size", 1));
        return tns.getTotalCount();
    }

    public int inServiceCountV2(String areaCode) throws Exception {
        TNss tns = InserviceNumber.list(client, Map.of("countryCodeA3", "USA", "areaCode", areaCode, "size", 1));
        return tns.getTotalCount();
    }

    public List<AreaCodeStats> geographicOnly(List<AreaCodeStats> stats) {
        return stats.stream()
                .filter(s -> s.getAreaCode() < FIRST_TOLL_FREE_NPA || s.getAreaCode() > 899)
                .collect(Collectors.toList());
    }

    public int areaCodeOf(AvailableNpaNxx row) {
        String areaCode = row.getNpa();
        return Integer.parseInt(areaCode);
    }
}
