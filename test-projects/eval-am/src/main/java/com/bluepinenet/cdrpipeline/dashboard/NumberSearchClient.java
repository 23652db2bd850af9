package com.bluepinenet.cdrpipeline.dashboard;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.bluepinenet.cdrpipeline.config.DashboardProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Searches for spare numbers before we top up a rate center pool. */
@Component
public class NumberSearchClient {

    private static final Pattern NPA = Pattern.compile("<Npa>(\\d+)</Npa>");

    private final DashboardHttpClient client;
    private final DashboardProperties props;

    public NumberSearchClient(DashboardHttpClient client, DashboardProperties props) {
        this.client = client;
        this.props = props;
    }

    public CompletableFuture<List<String>> search(String areaCode, int quantity) {
        URI uri = UriComponentsBuilder.fromHttpUrl(client.baseUrl())
                .path("/accounts/{accountId}/availableNumbers")
                .queryParam("areaCode", areaCode)
                .queryParam("quantity", quantity)
                .buildAndExpand(props.getAccountId())
                .toUri();
        return client.get(uri).thenApply(InventoryClient::extractNumbers);
    }

    /** Canadian pools: the Dashboard needs the country next to the area code for those. */
    public CompletableFuture<List<String>> searchCanada(String areaCode, int quantity) {
        URI uri = UriComponentsBuilder.fromHttpUrl(client.baseUrl())
                .path("/accounts/{accountId}/availableNumbers")
                .queryParam("countryCodeA3", "CAN")
                .queryParam("areaCode", areaCode)
                .queryParam("quantity", quantity)
                .buildAndExpand(props.getAccountId())
                .toUri();
        return client.get(uri).thenApply(InventoryClient::extractNumbers);
    }

    public CompletableFuture<List<Integer>> npaNxxBlocks(String areaCode) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("areaCode", areaCode);
        params.put("quantity", "50");
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.get("/accounts/" + props.getAccountId() + "/availableNpaNxx?" + query)
                .thenApply(xml -> {
                    List<Integer> npas = new ArrayList<>();
                    Matcher m = NPA.matcher(xml);
                    while (m.find()) {
                        int npa = Integer.parseInt(m.group(1));
                        npas.add(npa);
                    }
                    return npas;
                });
    }

    public CompletableFuture<List<String>> searchByRateCenter(String rateCenter, String state) {
        URI uri = UriComponentsBuilder.fromHttpUrl(client.baseUrl())
                .path("/accounts/{accountId}/availableNumbers")
                .queryParam("rateCenter", rateCenter)
                .queryParam("state", state)
                .queryParam("quantity", 10)
                .buildAndExpand(props.getAccountId())
                .toUri();
        return client.get(uri).thenApply(InventoryClient::extractNumbers);
    }
}
