package net.corvalink.numbering.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.corvalink.numbering.config.NumberingConfig;
import net.corvalink.numbering.iris.model.E911AddressRequest;
import org.apache.hc.client5.http.fluent.Request;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.net.URIBuilder;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Client for the Corvalink customer portal API (our own service). It owns the
 * customers' service addresses and shows their numbers.
 */
public class PortalClient {

    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final String token;

    public PortalClient(NumberingConfig config) {
        this(config.portalBaseUrl(), System.getenv().getOrDefault("PORTAL_TOKEN", ""));
    }

    public PortalClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public E911AddressRequest serviceAddress(String customerId) throws IOException {
        String body = Request.get(base + "/api/accounts/" + customerId + "/addresses?type=service")
                .addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .execute()
                .returnContent()
                .asString();
        JsonNode a = json.readTree(body).path("items").path(0);
        return new E911AddressRequest(a.path("houseNumber").asText(), a.path("street").asText(),
                a.path("suffix").asText(null), a.path("line2").asText(null), a.path("city").asText(),
                a.path("state").asText(), a.path("zip").asText(), "USA", "E911");
    }

    public void attachNumbers(String customerId, List<String> tns, String areaCode) throws IOException {
        Map<String, Object> payload = Map.of("numbers", tns, "areaCode", areaCode, "source", "numbering-worker");
        Request.put(base + "/api/accounts/" + customerId + "/numbers")
                .addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .bodyString(json.writeValueAsString(payload), ContentType.APPLICATION_JSON)
                .execute()
                .discardContent();
    }

    public List<String> customersInAreaCode(String areaCode) throws IOException, URISyntaxException {
        URI uri = new URIBuilder(base)
                .appendPath("/api/customers")
                .addParameter("areaCode", areaCode)
                .addParameter("status", "active")
                .build();
        JsonNode list = json.readTree(Request.get(uri)
                .addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .execute()
                .returnContent()
                .asString());
        List<String> ids = new ArrayList<>();
        list.path("items").forEach(c -> ids.add(c.path("id").asText()));
        return ids;
    }

    public void recordE911(String customerId, String addressId) throws IOException {
        Request.post("https://portal.corvalink.net/api/accounts/" + customerId + "/addresses/" + addressId + "/e911")
                .addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .execute()
                .discardContent();
    }
}
