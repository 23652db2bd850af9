package net.lumivox.numbering.inventory;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import net.lumivox.numbering.iris.XmlSupport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;

/**
 * Searches the Dashboard for numbers we can order.
 */
public class AvailableNumberSearch {

    private final Client client;
    private final WebTarget account;
    private final String baseUrl;
    private final String accountId;

    public AvailableNumberSearch(Client client, WebTarget account, String baseUrl, String accountId) {
        this.client = client;
        this.account = account;
        this.baseUrl = baseUrl;
        this.accountId = accountId;
    }

    public List<String> byAreaCode(String areaCode, int quantity) {
        String xml = account.path("availableNumbers")
                .queryParam("areaCode", areaCode)
                .queryParam("quantity", quantity)
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
        return XmlSupport.textOf(xml, "TelephoneNumber").stream()
                .filter(tn -> tn.length() == 10)
                .toList();
    }

    public List<String> byAreaCodeInCountry(String areaCode, String countryCodeA3, int quantity) {
        String xml = account.path("availableNumbers")
                .queryParam("countryCodeA3", countryCodeA3)
                .queryParam("areaCode", areaCode)
                .queryParam("quantity", quantity)
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
        return XmlSupport.textOf(xml, "TelephoneNumber");
    }

    public List<String> vanity(String areaCode, String pattern) {
        return XmlSupport.textOf(account.path("availableNumbers")
                .queryParam("areaCode", areaCode)
                .queryParam("localVanity", pattern)
                .queryParam("quantity", 10)
                .request(MediaType.APPLICATION_XML)
                .get(String.class), "TelephoneNumber");
    }

    public List<String> byNpaNxx(String npaNxx, int quantity) {
        return XmlSupport.textOf(account.path("availableNumbers")
                .queryParam("npaNxx", npaNxx)
                .queryParam("quantity", quantity)
                .request(MediaType.APPLICATION_XML)
                .get(String.class), "TelephoneNumber");
    }

    public List<String> tollFree(String wildcard) {
        return XmlSupport.textOf(account.path("availableNumbers")
                .queryParam("tollFreeWildCardPattern", wildcard)
                .queryParam("quantity", 20)
                .request(MediaType.APPLICATION_XML)
                .get(String.class), "TelephoneNumber");
    }

    /** Used by the ops CLI, which passes the filters straight through. */
    public String withFilters(Map<String, String> filters) {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            query.append(query.length() == 0 ? '?' : '&')
                    .append(filter.getKey())
                    .append('=')
                    .append(URLEncoder.encode(filter.getValue(), StandardCharsets.UTF_8));
        }
        return client.target(baseUrl + "/accounts/" + accountId + "/availableNumbers" + query)
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    public String quickSearch(String areaCode) {
        return withFilters(Map.of("areaCode", areaCode, "quantity", "20"));
    }

    public String rateCenterSearch(String state, String rateCenter) {
        return withFilters(Map.of("state", state, "rateCenter", rateCenter, "quantity", "20"));
    }

    public String legacySearch(String areaCode) {
        String url = MessageFormat.format("{0}/accounts/{1}/availableNumbers?areaCode={2}&enableTNDetail=true",
                baseUrl, accountId, areaCode);
        return client.target(url).request(MediaType.APPLICATION_XML).get(String.class);
    }
}
