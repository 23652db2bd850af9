package com.harborline.numbering.dashboard.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNpaNxx;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.InserviceNumber;
import com.bandwidth.iris.sdk.model.TNss;
import com.harborline.numbering.config.CountryDefaults;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Number search through the Iris SDK.
 */
@ApplicationScoped
public class SdkNumberSearch {

    private final IrisClient client;

    @Inject
    public SdkNumberSearch(IrisClient client) {
        this.client = client;
    }

    /** Available numbers in an area code; returns the plain TN strings. */
    @SuppressWarnings("unchecked")
    public List<String> availableInAreaCode(String areaCode, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        return (List<String>) AvailableNumbers.search(client, query);
    }

    /** Same search but restricted to a rate center and returning the details. */
    public List<?> availableInRateCenter(String rateCenter, String state, int quantity) throws Exception {
        Map<String, Object> query = new HashMap<>();
        query.put("rateCenter", rateCenter);
        query.put("state", state);
        query.put("quantity", quantity);
        query.put("enableTNDetail", true);
        return AvailableNumbers.search(client, query);
    }

    /** NPA-NXX blocks with inventory, used by the vanity picker. */
    public List<AvailableNpaNxx> npaNxxBlocks(String areaCode) throws Exception {
        return AvailableNpaNxx.list(client, Map.of("areaCode", areaCode, "quantity", 10));
    }

    /** Numbers we already own in an area code. */
    public TNss inService(String areaCode) throws Exception {
        Map<String, Object> filters = new HashMap<>();
        filters.put("areacode", areaCode);
        filters.put("size", 500);
        return InserviceNumber.list(client, filters);
    }

    /** Canary query shape for v2: country and area code together. */
    public Map<String, Object> v2Query(String areaCode, int quantity) {
        Map<String, Object> query = new HashMap<>();
        query.put("countryCodeA3", CountryDefaults.COUNTRY_CODE_A3);
        query.put("areaCode", areaCode);
        query.put("quantity", quantity);
        return query;
    }

    /** Area codes (as numbers) that currently have NPA-NXX inventory. */
    public List<Integer> areaCodesWithInventory(List<AvailableNpaNxx> blocks) {
        List<Integer> result = new ArrayList<>();
        for (AvailableNpaNxx block : blocks) {
            int npa = Integer.parseInt(block.getNpa());
            if (!result.contains(npa)) {
                result.add(npa);
            }
        }
        return result;
    }
}
