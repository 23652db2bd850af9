package com.kestrelvoice.numlife.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Builder;
import lombok.Value;

/**
 * Search for available numbers. The non-null fields become the query of the
 * availableNumbers search.
 */
@Value
@Builder
public class NumberSearchRequest {

    String areaCode;
    String npaNxx;
    String rateCenter;
    String state;
    String zip;
    @Builder.Default
    int quantity = 10;
    @Builder.Default
    boolean enableTnDetail = true;

    public Map<String, Object> toQuery() {
        Map<String, Object> query = new LinkedHashMap<>();
        if (areaCode != null) {
            query.put("areaCode", areaCode);
        }
        if (npaNxx != null) {
            query.put("npaNxx", npaNxx);
        }
        if (rateCenter != null) {
            query.put("rateCenter", rateCenter);
            query.put("state", state);
        }
        if (zip != null) {
            query.put("zip", zip);
        }
        query.put("quantity", quantity);
        query.put("enableTNDetail", enableTnDetail);
        return query;
    }
}
