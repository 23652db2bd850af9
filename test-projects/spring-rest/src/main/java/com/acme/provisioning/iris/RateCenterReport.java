package com.acme.provisioning.iris;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

import java.util.Map;
import java.util.TreeMap;

/** Counts in-service numbers per area code for the monthly capacity report. */
@Component
public class RateCenterReport {
    private final RestTemplate rest;
    private final IrisProperties iris;

    public RateCenterReport(RestTemplate rest, IrisProperties iris) {
        this.rest = rest;
        this.iris = iris;
    }

    public Map<Integer, Integer> countByAreaCode() {
        String body = rest.getForObject(iris.baseUrl() + "/accounts/" + iris.accountId() + "/inserviceNumbers?areacode=919",
                String.class);
        Map<Integer, Integer> counts = new TreeMap<>();
        for (String line : body == null ? new String[0] : body.split("\n")) {
            String areaCode = line.trim();
            if (!areaCode.isEmpty()) {
                counts.merge(Integer.parseInt(areaCode), 1, Integer::sum);
            }
        }
        return counts;
    }
}
