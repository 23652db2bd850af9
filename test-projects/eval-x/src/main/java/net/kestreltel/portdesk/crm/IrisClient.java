package net.kestreltel.portdesk.crm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Client of "Iris", Kestrel's in-house CRM (named long before we bought numbers from Bandwidth).
 * Unrelated to com.bandwidth.iris.sdk.IrisClient.
 */
public class IrisClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String tenant;
    private final String apiKey;

    public IrisClient(String baseUrl, String tenant, String apiKey) {
        this.baseUrl = baseUrl;
        this.tenant = tenant;
        this.apiKey = apiKey;
    }

    public String customer(String customerId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/tenants/" + tenant + "/customers/" + customerId))
                .header("X-Api-Key", apiKey)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    public String addresses(String customerId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/tenants/" + tenant + "/customers/" + customerId + "/addresses"))
                .header("X-Api-Key", apiKey)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
