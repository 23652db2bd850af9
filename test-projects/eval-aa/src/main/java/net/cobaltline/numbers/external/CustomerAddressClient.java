package net.cobaltline.numbers.external;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Service addresses of our customers, from the CRM. The source of truth for E911. */
public class CustomerAddressClient {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CustomerAddress(String id, String customerId, String houseNumber, String street,
                                  String city, String state, String zip, String e911AddressId) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String crmBaseUrl;
    private final String apiKey;

    public CustomerAddressClient(HttpClient http, String crmBaseUrl, String apiKey) {
        this.http = http;
        this.crmBaseUrl = crmBaseUrl;
        this.apiKey = apiKey;
    }

    public static CustomerAddressClient production(HttpClient http, String apiKey) {
        return new CustomerAddressClient(http, "https://crm.cobaltline.net", apiKey);
    }

    public List<CustomerAddress> forAccount(String crmAccountId) throws IOException, InterruptedException {
        URI uri = URI.create(crmBaseUrl + "/api/accounts/" + crmAccountId + "/addresses?kind=service");
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri)
                .header("x-api-key", apiKey)
                .GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        return List.of(JSON.readValue(r.body(), CustomerAddress[].class));
    }

    public void linkE911(String addressId, String e911AddressId) throws IOException, InterruptedException {
        URI uri = URI.create(crmBaseUrl + "/api/addresses/" + addressId);
        http.send(HttpRequest.newBuilder(uri)
                .header("x-api-key", apiKey)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"e911AddressId\":\"" + e911AddressId + "\"}"))
                .build(), HttpResponse.BodyHandlers.discarding());
    }
}
