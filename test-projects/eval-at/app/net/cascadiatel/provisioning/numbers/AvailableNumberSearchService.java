package net.cascadiatel.provisioning.numbers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.config.IrisSettings;
import net.cascadiatel.provisioning.iris.DashboardPaths;
import net.cascadiatel.provisioning.iris.DashboardWsClient;
import net.cascadiatel.provisioning.iris.Xml;
import net.cascadiatel.provisioning.numbers.model.AvailableNumbersXml.NpaNxxBlock;
import net.cascadiatel.provisioning.numbers.model.AvailableNumbersXml.SearchResult;
import net.cascadiatel.provisioning.numbers.model.AvailableNumbersXml.TnDetail;

/** Searches the Dashboard inventory of numbers we can order. */
@Singleton
public class AvailableNumberSearchService {

    private final DashboardWsClient dashboard;
    private final DashboardPaths paths;
    private final IrisSettings settings;

    @Inject
    public AvailableNumberSearchService(DashboardWsClient dashboard, DashboardPaths paths, IrisSettings settings) {
        this.dashboard = dashboard;
        this.paths = paths;
        this.settings = settings;
    }

    public CompletionStage<List<String>> searchByAreaCode(String areaCode, int quantity) {
        return dashboard.request(paths.availableNumbers())
                .addQueryParameter("areaCode", areaCode)
                .addQueryParameter("quantity", String.valueOf(quantity))
                .get()
                .thenApply(response -> national(response.getBody()));
    }

    /** Same search for the pilot account, which already runs against the new API. */
    public CompletionStage<List<String>> searchByAreaCodePilot(String pilotBase, String areaCode, int quantity) {
        return dashboard.request(pilotBase + "/accounts/" + settings.accountId() + "/availableNumbers")
                .addQueryParameter("countryCodeA3", settings.countryCode())
                .addQueryParameter("areaCode", areaCode)
                .addQueryParameter("quantity", String.valueOf(quantity))
                .get()
                .thenApply(response -> Xml.read(response.getBody(), SearchResult.class).getTelephoneNumbers());
    }

    public CompletionStage<List<String>> searchVanity(String areaCode, String pattern) {
        String url = paths.availableNumbers() + "?areaCode=" + areaCode + "&localVanity=" + pattern + "&quantity=5";
        return dashboard.checked(dashboard.getXml(url)).thenApply(this::national);
    }

    public CompletionStage<List<TnDetail>> searchWithDetails(String areaCode, String rateCenter) {
        return dashboard.request(paths.availableNumbers())
                .setQueryString("areaCode=" + areaCode + "&rateCenter=" + rateCenter + "&enableTNDetail=true")
                .get()
                .thenApply(response -> Xml.read(response.getBody(), SearchResult.class).getDetails());
    }

    /** Tier 0 numbers only, lowest first; the Dashboard returns them in random order. */
    public CompletionStage<List<Long>> cheapestInRateCenter(String areaCode, String rateCenter) {
        return searchWithDetails(areaCode, rateCenter).thenApply(details -> details.stream()
                .filter(d -> "0".equals(d.getTier()))
                .map(TnDetail::getFullNumber)
                .sorted()
                .collect(Collectors.toList()));
    }

    /** Generic search used by the ops console: criteria come straight from the form. */
    public CompletionStage<List<String>> search(Map<String, String> criteria) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (criteria.containsKey("npa")) {
            filters.put("areaCode", criteria.get("npa"));
        }
        if (criteria.containsKey("city")) {
            filters.put("city", criteria.get("city"));
            filters.put("state", criteria.getOrDefault("state", "OR"));
        }
        filters.put("quantity", criteria.getOrDefault("quantity", "10"));

        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> e : filters.entrySet()) {
            query.append(query.length() == 0 ? '?' : '&').append(e.getKey()).append('=').append(e.getValue());
        }
        return dashboard.checked(dashboard.getXml(paths.availableNumbers() + query)).thenApply(this::national);
    }

    public CompletionStage<List<NpaNxxBlock>> exchangesWithStock(String areaCode) {
        return dashboard.request(paths.availableNpaNxx())
                .addQueryParameter("areaCode", areaCode)
                .get()
                .thenApply(response -> {
                    List<NpaNxxBlock> blocks = List.of(Xml.read(response.getBody(), NpaNxxBlock[].class));
                    return blocks.stream()
                            .filter(b -> b.getNpa() != null && b.getNpa() < 800)
                            .collect(Collectors.toList());
                });
    }

    private List<String> national(String body) {
        return Xml.read(body, SearchResult.class).getTelephoneNumbers().stream()
                .filter(tn -> tn.length() == 10)
                .collect(Collectors.toList());
    }
}
