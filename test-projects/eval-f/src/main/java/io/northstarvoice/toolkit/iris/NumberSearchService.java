package io.northstarvoice.toolkit.iris;

import io.northstarvoice.toolkit.config.ToolkitConfig;
import io.northstarvoice.toolkit.http.HttpTransport;
import io.northstarvoice.toolkit.http.IrisRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Searches for numbers to offer to new customers, and inventory checks by area code. */
public class NumberSearchService extends DashboardClient {

    public NumberSearchService(HttpTransport transport, ToolkitConfig config) {
        super(transport, config);
    }

    /** Quick search used by the sales CLI. */
    public String availableByAreaCode(String areaCode, int quantity) {
        String url = baseUrl + String.format(IrisEndpoints.AVAILABLE_NUMBERS, accountId)
                + "?areaCode=" + areaCode + "&quantity=" + quantity;
        return execute(IrisRequest.builder().base(url).build()).body();
    }

    public List<String> inServiceNumbers(String npa) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("areacode", npa);
        query.put("page", "1");
        query.put("size", "1000");
        String xml = get(String.format(IrisEndpoints.IN_SERVICE_NUMBERS, accountId), query).body();
        return XmlPayloads.read(xml, XmlPayloads.InServiceNumbers.class).telephoneNumbers();
    }

    public String availableWithDetail(String areaCode) {
        return execute(request(IrisRequest.Method.GET, String.format(IrisEndpoints.AVAILABLE_NUMBERS, accountId))
                .query("areaCode", areaCode)
                .query("enableTNDetail", "true")
                .query("quantity", "25")
                .build()).body();
    }

    public String availableInCountry(String countryCodeA3, String areaCode) {
        return execute(request(IrisRequest.Method.GET, String.format(IrisEndpoints.AVAILABLE_NUMBERS, accountId))
                .query("countryCodeA3", countryCodeA3)
                .query("areaCode", areaCode)
                .build()).body();
    }

    public List<XmlPayloads.NpaNxxBlock> exchanges(String areaCode) {
        String path = "/accounts/%s/availableNpaNxx?areaCode=%s".formatted(accountId, areaCode);
        String xml = execute(IrisRequest.builder().base(baseUrl + path).build()).body();
        return XmlPayloads.read(xml, XmlPayloads.NpaNxxSearchResult.class).blocks();
    }

    /** Exchanges with at least {@code minimum} free numbers, for the capacity report. */
    public Map<Integer, Integer> capacityByAreaCode(String areaCode, int minimum) {
        return exchanges(areaCode).stream()
                .filter(b -> b.quantity() >= minimum)
                .collect(Collectors.groupingBy(XmlPayloads.NpaNxxBlock::areaCode,
                        Collectors.summingInt(XmlPayloads.NpaNxxBlock::quantity)));
    }

    /** Inventory audit: every filter given on the command line is passed through as-is. */
    public String audit(Map<String, String> filters) {
        StringBuilder url = new StringBuilder(baseUrl).append(String.format(IrisEndpoints.IN_SERVICE_NUMBERS, accountId));
        char sep = '?';
        for (Map.Entry<String, String> e : filters.entrySet()) {
            url.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = '&';
        }
        return execute(IrisRequest.builder().base(url.toString()).build()).body();
    }

    public String auditAreaCode(String areaCode) {
        return audit(Map.of("areaCode", areaCode, "size", "1000"));
    }
}
