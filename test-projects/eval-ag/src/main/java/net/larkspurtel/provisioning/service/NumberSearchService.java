package net.larkspurtel.provisioning.service;

import com.google.api.client.http.GenericUrl;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import net.larkspurtel.provisioning.http.DashboardClient;
import net.larkspurtel.provisioning.http.DashboardPaths;
import net.larkspurtel.provisioning.model.AvailableNpaNxxXml;
import net.larkspurtel.provisioning.model.SearchResultXml;

/** Finds orderable numbers in the Dashboard inventory. */
public class NumberSearchService {

    private static final Logger LOG = Logger.getLogger(NumberSearchService.class.getName());
    private static final int MAX_QUANTITY = 5000;

    private final DashboardClient dashboard;

    public NumberSearchService(DashboardClient dashboard) {
        this.dashboard = dashboard;
    }

    public List<String> searchByAreaCode(String areaCode, int quantity) throws IOException {
        GenericUrl url = dashboard.account()
                .segment(DashboardPaths.AVAILABLE_NUMBERS)
                .query("areaCode", areaCode)
                .query("quantity", Math.min(quantity, MAX_QUANTITY))
                .build();
        SearchResultXml result = dashboard.get(url, SearchResultXml.class);
        LOG.info(() -> "availableNumbers for NPA " + areaCode + ": " + result.resultCount);
        return result.telephoneNumbers().stream()
                .filter(tn -> tn.length() == 10)
                .toList();
    }

    /** Cheap preview for the portal's search-as-you-type box; skips the configured base on purpose. */
    public List<String> preview(String areaCode) throws IOException {
        String url = String.format(
                "https://dashboard.bandwidth.com/api/accounts/%s/availableNumbers?areaCode=%s&quantity=%d",
                dashboard.settings().accountId(), areaCode, 3);
        return dashboard.get(new GenericUrl(url), SearchResultXml.class).telephoneNumbers();
    }

    /** UK and Canadian searches for the enterprise team; these already carry the country. */
    public List<String> searchInCountry(String countryCodeA3, String areaCode, int quantity) throws IOException {
        GenericUrl url = dashboard.account()
                .segment(DashboardPaths.AVAILABLE_NUMBERS)
                .query("countryCodeA3", countryCodeA3)
                .query("areaCode", areaCode)
                .query("quantity", quantity)
                .build();
        return dashboard.get(url, SearchResultXml.class).telephoneNumbers();
    }

    public List<String> searchByRateCenter(String rateCenter, String state, int quantity) throws IOException {
        GenericUrl url = dashboard.account()
                .segment(DashboardPaths.AVAILABLE_NUMBERS)
                .query("rateCenter", rateCenter)
                .query("state", state)
                .query("quantity", quantity)
                .build();
        return dashboard.get(url, SearchResultXml.class).telephoneNumbers();
    }

    /** How many numbers are left per NPA, for the capacity dashboard. */
    public Map<Integer, Integer> npaNxxStock(String areaCode) throws IOException {
        GenericUrl url = dashboard.account().segment(DashboardPaths.AVAILABLE_NPA_NXX).build();
        url.put("areaCode", areaCode);
        AvailableNpaNxxXml answer = dashboard.get(url, AvailableNpaNxxXml.class);
        Map<Integer, Integer> stock = new TreeMap<>();
        for (AvailableNpaNxxXml.Row row : answer.rows) {
            int npa = Integer.parseInt(row.npa);
            stock.merge(npa, row.quantity, Integer::sum);
        }
        return stock;
    }
}
