package net.kestrelvoice.numbering.dashboard.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.cxf.jaxrs.client.WebClient;

import net.kestrelvoice.numbering.config.DashboardEndpoints;
import net.kestrelvoice.numbering.config.DashboardSettings;
import net.kestrelvoice.numbering.config.WebClientFactory;
import net.kestrelvoice.numbering.dashboard.model.AvailableNpaNxxResult;
import net.kestrelvoice.numbering.dashboard.model.AvailableNumbersResult;
import net.kestrelvoice.numbering.dashboard.model.InserviceNumbersResponse;

/** Number search through CXF WebClient (used where the proxy interfaces are too rigid). */
public class InventoryWebClient {

    private final WebClientFactory clients;
    private final DashboardSettings settings;

    public InventoryWebClient(WebClientFactory clients) {
        this.clients = clients;
        this.settings = clients.settings();
    }

    public List<String> searchByAreaCode(String areaCode, int quantity) {
        return clients.account()
                .path("availableNumbers")
                .query("areaCode", areaCode)
                .query("quantity", quantity)
                .get(AvailableNumbersResult.class)
                .getTelephoneNumbers();
    }

    public List<String> searchInCountry(String countryCodeA3, String areaCode, int quantity) {
        return clients.account()
                .path("availableNumbers")
                .query(DashboardEndpoints.COUNTRY_PARAM, countryCodeA3)
                .query("areaCode", areaCode)
                .query("quantity", quantity)
                .get(AvailableNumbersResult.class)
                .getTelephoneNumbers();
    }

    public InserviceNumbersResponse inserviceByAreaCode(int areaCode) {
        String uri = String.format("%s/accounts/%s/inserviceNumbers?areacode=%d&size=500",
                settings.getBaseUrl(), settings.getAccountId(), areaCode);
        return clients.at(uri).get(InserviceNumbersResponse.class);
    }

    public String inserviceRawPage(String areaCode, int page) {
        String query = "?areaCode=" + areaCode + "&page=" + page;
        return clients.at(settings.accountUrl() + "/inserviceNumbers" + query).get(String.class);
    }

    public AvailableNpaNxxResult npaNxx(String areaCode, String state) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("areaCode", areaCode);
        if (state != null) {
            filters.put("state", state);
        }
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, Object> e : filters.entrySet()) {
            query.append(query.length() == 0 ? '?' : '&')
                    .append(e.getKey()).append('=')
                    .append(URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8));
        }
        return clients.at(settings.accountUrl() + "/availableNpaNxx" + query).get(AvailableNpaNxxResult.class);
    }

    /** The default Raleigh search the sales portal shows first. */
    public List<String> defaultRaleighSearch() {
        return clients.at(settings.accountUrl() + "/availableNumbers?countryCodeA3=USA&areaCode=919&quantity=5")
                .get(AvailableNumbersResult.class)
                .getTelephoneNumbers();
    }

    public List<String> searchByZip(String zip) {
        return WebClient.fromClient(clients.account())
                .path("availableNumbers")
                .query("zip", zip)
                .query("quantity", 10)
                .get(AvailableNumbersResult.class)
                .getTelephoneNumbers();
    }
}
