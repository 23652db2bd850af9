package net.kestrelwave.numops.portal;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Our customer portal and billing services, which mirror number assignments. */
public class PortalClient {

    private static final String BILLING_ADDRESSES = "https://billing.kestrelwave.net/api/accounts/%s/addresses";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String portalBase;
    private final String token;

    public PortalClient(String portalBase, String token) {
        this.portalBase = portalBase;
        this.token = token;
    }

    public int publishNumber(String customerId, String tn, String status) throws IOException, InterruptedException {
        String body = json.writeValueAsString(Map.of("number", tn, "status", status));
        return send(HttpRequest.newBuilder(URI.create(portalBase + "/accounts/" + customerId + "/numbers"))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Service address the customer entered in the portal; we copy it into E911. */
    public String customerAddress(String customerId) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(portalBase + "/customers/" + customerId + "/addresses"))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    public String billingAddress(String billingAccount) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(String.format(BILLING_ADDRESSES, billingAccount)))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Which sales region owns an area code (for the welcome e-mail). */
    public String regionFor(String areaCode) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(portalBase + "/regions?areaCode=" + areaCode))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private int send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        HttpRequest request = builder
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
