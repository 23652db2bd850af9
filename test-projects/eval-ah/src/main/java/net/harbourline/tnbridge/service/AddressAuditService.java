package net.harbourline.tnbridge.service;

import net.harbourline.tnbridge.config.DashboardPaths;
import net.harbourline.tnbridge.config.DashboardSettings;
import org.apache.hc.core5.net.URIBuilder;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Monthly audit of E911 addresses: pulls every address stored on the Dashboard so compliance can compare
 * it with the customer sites. Runs outside Camel from the ops CLI, so it uses the JDK client.
 */
public class AddressAuditService {

    private final DashboardSettings settings;
    private final HttpClient http;

    public AddressAuditService(DashboardSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public String listAddresses(int page) throws Exception {
        URI uri = URI.create(settings.accountRoot() + DashboardPaths.E911_ADDRESSES + "?page=" + page + "&size=500");
        return get(uri);
    }

    public String address(String addressId) throws Exception {
        URI uri = new URIBuilder()
                .setScheme("https")
                .setHost("dashboard.bandwidth.com")
                .setPathSegments("api", "accounts", settings.getAccountId(), "addresses", addressId)
                .build();
        return get(uri);
    }

    /** Same listing against another Dashboard host (ops CLI --host test.dashboard.bandwidth.com). */
    public String listAddressesOn(String host) throws Exception {
        return get(URI.create("https://" + host + "/api/accounts/" + settings.getAccountId() + "/addresses?page=1&size=500"));
    }

    public String geocodeCheck(String addressId) throws URISyntaxException {
        return settings.accountRoot() + "/addresses/" + addressId + "/geocode";
    }

    private String get(URI uri) throws Exception {
        String credentials = settings.getUsername() + ":" + settings.getPassword();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/xml")
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            throw new IllegalStateException("GET " + uri + " answered " + response.statusCode());
        }
        return response.body();
    }
}
