package com.cascadia.numprov.iris;

import com.cascadia.numprov.domain.InServiceTn;
import com.cascadia.numprov.domain.InventoryFilter;
import com.cascadia.numprov.domain.ServiceRegion;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.logging.Logger;

/** Reads the in-service inventory of the account from the Dashboard API. */
public class InventoryClient {

    private static final Logger LOG = Logger.getLogger(InventoryClient.class.getName());
    private static final int PAGE_SIZE = 500;

    private final IrisHttp http;

    public InventoryClient(IrisHttp http) {
        this.http = http;
    }

    public List<InServiceTn> inServiceByAreaCode(String areaCode) {
        String url = String.format("%s/accounts/%s/inserviceNumbers?areaCode=%s&page=1&size=%d",
                http.baseUrl(), http.accountId(), areaCode, PAGE_SIZE);
        return parse(http.get(url));
    }

    public List<InServiceTn> inServiceForSite(String siteId, String npa) {
        String url = http.baseUrl() + IrisPaths.ACCOUNTS + http.accountId() + IrisPaths.SITES + siteId
                + IrisPaths.INSERVICE_NUMBERS + "?areacode=" + npa;
        return parse(http.get(url));
    }

    public List<InServiceTn> search(InventoryFilter filter) {
        Map<String, String> params = new LinkedHashMap<>();
        if (filter.areaCode() != null) {
            params.put("areaCode", filter.areaCode());
        }
        if (filter.npaNxx() != null) {
            params.put("npaNxx", filter.npaNxx());
        }
        if (filter.state() != null) {
            params.put("state", filter.state());
        }
        if (filter.rateCenter() != null) {
            params.put("rateCenter", filter.rateCenter());
        }
        StringJoiner qs = new StringJoiner("&", "?", "");
        for (Map.Entry<String, String> p : params.entrySet()) {
            qs.add(p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
        }
        return parse(http.get(http.baseUrl() + IrisPaths.ACCOUNTS + http.accountId() + IrisPaths.INSERVICE_NUMBERS + qs));
    }

    /** Totals per market, for the capacity dashboard. */
    public Map<ServiceRegion, Integer> totalsByRegion(List<ServiceRegion> regions) {
        Map<ServiceRegion, Integer> totals = new TreeMap<>();
        for (ServiceRegion region : regions) {
            StringBuilder query = new StringBuilder("?");
            String[][] filters = {{"areaCode", String.valueOf(region.areaCode())}, {"state", region.state()}};
            for (String[] f : filters) {
                if (query.length() > 1) {
                    query.append('&');
                }
                query.append(f[0]).append('=').append(f[1]);
            }
            String xml = http.get(http.baseUrl() + IrisPaths.ACCOUNTS + http.accountId()
                    + IrisPaths.INSERVICE_NUMBERS + "/totals" + query);
            totals.put(region, Integer.parseInt(XmlSupport.texts(xml, "Count").get(0)));
        }
        return totals;
    }

    /** Groups the in-service numbers by NPA for the capacity report. */
    public Map<String, List<String>> groupByNpa(String xml) {
        Map<String, List<String>> byNpa = new TreeMap<>();
        for (String tn : XmlSupport.texts(xml, "TelephoneNumber")) {
            byNpa.computeIfAbsent(tn.substring(0, 3), k -> new ArrayList<>()).add(tn);
        }
        return byNpa;
    }

    private List<InServiceTn> parse(String xml) {
        List<InServiceTn> out = new ArrayList<>();
        Instant now = Instant.now();
        for (String tn : XmlSupport.texts(xml, "TelephoneNumber")) {
            if (tn.length() != 10) {
                LOG.warning(() -> "Skipping malformed TN from Bandwidth: " + tn);
                continue;
            }
            String npa = tn.substring(0, 3);
            out.add(new InServiceTn(Long.parseLong(tn), npa, now));
        }
        return out;
    }
}
