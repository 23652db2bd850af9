package net.kestrelwave.provisioning.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Our own CRM service. Its REST API happens to look a lot like the Dashboard's, which confuses every
 * new hire.
 */
public class CrmClient {

    public record CustomerSite(String siteId, String street, String city, String state, String zip, int areaCode,
                               String billingAccountNumber) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    private final String baseUrl;

    public CrmClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public List<CustomerSite> serviceAddresses(String customerId) throws IOException, InterruptedException {
        JsonNode body = get("/api/accounts/" + customerId + "/addresses");
        List<CustomerSite> sites = new ArrayList<>();
        for (JsonNode node : body.path("items")) {
            sites.add(new CustomerSite(node.path("id").asText(), node.path("street").asText(),
                    node.path("city").asText(), node.path("state").asText(), node.path("zip").asText(),
                    node.path("areaCode").asInt(), node.path("billingAccountNumber").asText()));
        }
        return sites;
    }

    public JsonNode customersInMarket(String areaCode) throws IOException, InterruptedException {
        return get("/api/v1/customers?areaCode=" + areaCode + "&status=active");
    }

    public void recordActivation(String customerId, String telephoneNumber) throws IOException, InterruptedException {
        String json = """
                {"billingAccountNumber": "8605557710", "telephoneNumber": "%s", "source": "provisioning-facade"}
                """.formatted(telephoneNumber);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/accounts/" + customerId + "/numbers"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        http.send(request, HttpResponse.BodyHandlers.discarding());
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build();
        return mapper.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }
}
