package com.harborline.numbering.service;

import com.harborline.numbering.config.DashboardSettings;
import com.harborline.numbering.config.ObjectMappers;
import com.harborline.numbering.dashboard.DashboardPaths;
import com.harborline.numbering.dashboard.IrisE911Client;
import com.harborline.numbering.dto.E911AddressDto;
import com.harborline.numbering.util.HttpSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Keeps the Dashboard E911 address book in sync with the tenant's registered
 * emergency locations. Addresses are validated by our geocoder first.
 */
@ApplicationScoped
public class E911AddressService {

    /** Our own geocoding service; not a Bandwidth endpoint. */
    static final String GEOCODER_URL = "https://geo.harborline.io/v1/addresses:validate";

    private final DashboardSettings settings;
    private final IrisE911Client e911Client;
    private final HttpClient http;

    @Inject
    public E911AddressService(DashboardSettings settings, @RestClient IrisE911Client e911Client) {
        this.settings = settings;
        this.e911Client = e911Client;
        this.http = HttpClient.newHttpClient();
    }

    public String listUrl() {
        return String.format("%s/accounts/%s/addresses", settings.baseUrl(), settings.accountId());
    }

    public String listAddresses() throws IOException, InterruptedException {
        HttpRequest request = HttpSupport.xmlRequest(listUrl(), settings.username(), settings.password()).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Used by the admin screen; goes through the MicroProfile client. */
    public String listAddressesViaClient() {
        return e911Client.listAddresses(settings.accountId());
    }

    public URI addressUri(String addressId) {
        return UriBuilder.fromUri(settings.baseUrl())
                .path("accounts")
                .path(settings.accountId())
                .path("addresses")
                .path(addressId)
                .build();
    }

    public String getAddress(String addressId) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(addressUri(addressId))
                .header("Authorization", HttpSupport.basicAuth(settings.username(), settings.password()))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    public int deleteAddress(String addressId) throws IOException, InterruptedException {
        String url = settings.baseUrl() + DashboardPaths.e911Address(settings.accountId(), addressId);
        HttpRequest request = HttpSupport.xmlRequest(url, settings.username(), settings.password()).DELETE().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Validates with our geocoder before anything is sent to the Dashboard. */
    public boolean validate(E911AddressDto address) throws IOException, InterruptedException {
        String body = ObjectMappers.JSON.writeValueAsString(Map.of(
                "street", address.getHouseNumber() + " " + address.getStreetName(),
                "city", address.getCity(),
                "state", address.getStateCode(),
                "zip", address.getZip()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(GEOCODER_URL))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
    }
}
