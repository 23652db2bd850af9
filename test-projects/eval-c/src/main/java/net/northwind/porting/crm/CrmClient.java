package net.northwind.porting.crm;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** Client for our own CRM and reseller portal REST APIs (JSON). */
public class CrmClient {

    /** A reseller's end customer as the CRM stores it. */
    public record Customer(String id, String name, int areaCode, String mainNumber, String serviceAddressId) {
    }

    private static final String PORTAL_ACCOUNTS = "https://portal.northwind-telco.net/api/accounts/";
    private static final String GEOCODER = "https://api.geolocate-pro.example.com/api/v1/addresses/verify";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String crmBase;
    private final String resellerAccountId;

    public CrmClient(String crmBase, String resellerAccountId) {
        this.crmBase = crmBase;
        this.resellerAccountId = resellerAccountId;
    }

    public List<Customer> customers() throws IOException, InterruptedException {
        String body = get(crmBase + "/customers?reseller=" + resellerAccountId);
        return json.readValue(body, new TypeReference<List<Customer>>() { });
    }

    public List<String> serviceAddressIds() throws IOException, InterruptedException {
        return customers().stream().map(Customer::serviceAddressId).distinct().toList();
    }

    /** Service addresses of a reseller account, from the portal. */
    public String portalAddresses(String accountId) throws IOException, InterruptedException {
        return get(PORTAL_ACCOUNTS + accountId + "/addresses");
    }

    /** Customers in one area code, for the local-presence campaign. */
    public String customersInAreaCode(int areaCode) throws IOException, InterruptedException {
        return get(crmBase + "/customers?areaCode=" + areaCode + "&reseller=" + resellerAccountId);
    }

    /** Address validation by the third-party geocoder before we file an E911 address. */
    public String verifyAddress(Map<String, String> address) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(GEOCODER))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(address)))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Updates the customer's main number in the CRM (national format is what the CRM wants). */
    public void updateMainNumber(String customerId) throws IOException, InterruptedException {
        String body = """
                {"customerId": "%s", "mainNumber": "9195550142", "source": "porting-batch"}
                """.formatted(customerId);
        HttpRequest req = HttpRequest.newBuilder(URI.create(crmBase + "/customers/" + customerId))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
        http.send(req, HttpResponse.BodyHandlers.discarding());
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
