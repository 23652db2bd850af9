package net.cedarline.numberdesk.dashboard.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.cedarline.numberdesk.dashboard.DashboardPaths;
import net.cedarline.numberdesk.dashboard.DashboardTransport;
import net.cedarline.numberdesk.dashboard.DashboardUrls;
import net.cedarline.numberdesk.metrics.CallsDashboard;
import net.cedarline.numberdesk.util.XmlSupport;

/** Number searches used by the internal UI and the reconciliation job. */
public class NumberSearchClient {

    private final DashboardTransport http;
    private final DashboardUrls urls;
    private final SearchPresets presets;

    public NumberSearchClient(DashboardTransport http, DashboardUrls urls, SearchPresets presets) {
        this.http = http;
        this.urls = urls;
        this.presets = presets;
    }

    @CallsDashboard("GET https://dashboard.bandwidth.com/api/accounts/{accountId}/availableNumbers")
    public List<String> availableInAreaCode(String areaCode, int quantity) {
        // e.g. .../availableNumbers?areaCode=919&quantity=10
        String url = urls.account(DashboardPaths.AVAILABLE_NUMBERS) + "?areaCode=" + areaCode + "&quantity=" + quantity;
        return XmlSupport.texts(http.get(url).body(), "TelephoneNumber");
    }

    public List<String> availableForPreset(String presetName) {
        SearchPresets.Preset preset = presets.byName(presetName);
        String url = presets.searchUrlTemplate
                .replace("{accountId}", urls.accountId())
                .replace("{areaCode}", String.valueOf(preset.areaCode))
                .replace("{quantity}", String.valueOf(preset.quantity));
        return XmlSupport.texts(http.get(url).body(), "TelephoneNumber");
    }

    public List<String> availableWithFilters(String areaCode, String rateCenter, boolean localOnly) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("areaCode", areaCode);
        if (rateCenter != null) {
            query.put("rateCenter", rateCenter);
        }
        query.put("LCA", localOnly);
        query.put("quantity", 50);
        String url = DashboardUrls.withQuery(urls.account(DashboardPaths.AVAILABLE_NUMBERS), query);
        return XmlSupport.texts(http.get(url).body(), "TelephoneNumber");
    }

    public List<String> npaNxx(String areaCode) {
        String url = String.format("%s/accounts/%s/availableNpaNxx?areaCode=%s&quantity=%d",
                urls.base(), urls.accountId(), areaCode, 25);
        return XmlSupport.texts(http.get(url).body(), "Nxx");
    }

    @CallsDashboard("GET https://dashboard.bandwidth.com/api/accounts/{accountId}/inserviceNumbers")
    public List<String> inService(List<String> areaCodes) {
        StringBuilder url = new StringBuilder(urls.account(DashboardPaths.INSERVICE_NUMBERS)).append('?');
        for (String areaCode : areaCodes) {
            url.append("areacode=").append(areaCode).append('&');
        }
        url.append("size=1000");
        return XmlSupport.texts(http.get(url.toString()).body(), "TelephoneNumber");
    }

    /** Already on the v2 filter shape (country + area code), ported from the pilot branch. */
    public List<String> inServiceUsa(String areaCode) {
        String url = urls.account(DashboardPaths.INSERVICE_NUMBERS) + "?countryCodeA3=USA&areaCode=" + areaCode;
        return XmlSupport.texts(http.get(url).body(), "TelephoneNumber");
    }

    /** Area codes that still have stock in a state, for the UI's area-code drop-down. */
    public List<Integer> areaCodesWithStock(String state) {
        List<Integer> codes = new ArrayList<>();
        String url = urls.account(DashboardPaths.AVAILABLE_NPA_NXX) + "?state=" + state;
        for (String npa : XmlSupport.texts(http.get(url).body(), "Npa")) {
            Integer code = Integer.valueOf(npa);
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    public List<String> availableInState(String state, int quantity) {
        String url = DashboardUrls.withQuery(urls.account(DashboardPaths.AVAILABLE_NUMBERS), Map.of("state", state, "quantity", quantity));
        return XmlSupport.texts(http.get(url).body(), "TelephoneNumber");
    }
}
