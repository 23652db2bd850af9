package net.kestreltel.portdesk.e911;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Small blocking lookups used by the CLI tools (java.net.http, no Feign). */
public class E911AddressLookup {

    private static final String ADDRESS_URL = "%s/accounts/%s/addresses/%s";
    private static final String V2_ADDRESS_URL = "https://dashboard.bandwidth.com/api/v2/accounts/%s/e911Addresses/%s";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String accountId;
    private final String authHeader;

    public E911AddressLookup(String baseUrl, String accountId, String user, String password) {
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.authHeader = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public String fetch(String addressId) throws Exception {
        return get(String.format(ADDRESS_URL, baseUrl, accountId, addressId));
    }

    public String fetchV2(String addressId) throws Exception {
        return get(String.format(V2_ADDRESS_URL, accountId, addressId));
    }

    public String fetchEndpoints(String addressId) throws Exception {
        return get(baseUrl + "/accounts/%s/addresses/%s/endpoints".formatted(accountId, addressId));
    }

    private String get(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", authHeader)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
