package com.northforktel.numbering.dashboard;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.northforktel.numbering.config.ConfigKeys;
import com.northforktel.numbering.config.DashboardSettings;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Searches the Dashboard for numbers we could order.
 */
@Singleton
public class AvailableNumberSearch {

    private final DashboardHttp http;
    private final XmlCodec xml;
    private final DashboardSettings settings;
    private final String host;
    private final int port;

    @Inject
    public AvailableNumberSearch(DashboardHttp http, XmlCodec xml, DashboardSettings settings,
                                 @Named(ConfigKeys.DASHBOARD_HOST) String host,
                                 @Named(ConfigKeys.DASHBOARD_PORT) String port) {
        this.http = http;
        this.xml = xml;
        this.settings = settings;
        this.host = host;
        this.port = Integer.parseInt(port);
    }

    public Future<List<String>> byAreaCode(String areaCode, int quantity) {
        HttpRequest<Buffer> request = http.webClient()
                .get(port, host, "/api/accounts/" + http.accountId() + "/availableNumbers")
                .ssl(port == 443)
                .addQueryParam("areaCode", areaCode)
                .addQueryParam("quantity", String.valueOf(quantity));
        return http.send(http.prepare(request))
                .map(xml::readTnList)
                .map(tns -> tns.stream().filter(tn -> tn.length() == 10).collect(Collectors.toList()));
    }

    public Future<List<String>> byRateCenter(String rateCenter, String state, int quantity) {
        HttpRequest<Buffer> request = http.get(http.baseUrl() + "/accounts/" + http.accountId() + "/availableNumbers")
                .setQueryParam("rateCenter", rateCenter)
                .setQueryParam("state", state)
                .setQueryParam("quantity", String.valueOf(quantity));
        return http.send(request).map(xml::readTnList);
    }

    /**
     * Free-form search used by the provisioning console; the filters arrive from the console
     * form (areaCode, npaNxx, localVanity, ...).
     */
    public Future<List<String>> advanced(Map<String, String> consoleFilters, boolean tollFree) {
        Map<String, String> filters = new LinkedHashMap<>(consoleFilters);
        if (tollFree) {
            filters.remove("areaCode");
            filters.put("tollFreeWildCardPattern", filters.getOrDefault("pattern", "8**"));
        } else if (consoleFilters.containsKey("npa")) {
            filters.put("areaCode", consoleFilters.get("npa"));
        }
        StringBuilder query = new StringBuilder();
        filters.forEach((name, value) -> query.append(query.length() == 0 ? '?' : '&')
                .append(name).append('=').append(value));
        String url = http.baseUrl() + "/accounts/" + http.accountId() + "/availableNumbers" + query;
        return http.send(http.get(url)).map(xml::readTnList);
    }

    /** Canadian expansion (Q3): goes straight to the v2 search, which wants the country code. */
    public Future<List<String>> canada(String areaCode, int quantity) {
        String url = settings.v2BaseUrl() + "/accounts/" + http.accountId() + "/availableNumbers";
        HttpRequest<Buffer> request = http.get(url)
                .addQueryParam("countryCodeA3", "CAN")
                .addQueryParam("areaCode", areaCode)
                .addQueryParam("quantity", String.valueOf(quantity));
        return http.send(request).map(xml::readTnList);
    }
}
