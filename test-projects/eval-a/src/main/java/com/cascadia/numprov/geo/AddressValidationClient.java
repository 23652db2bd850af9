package com.cascadia.numprov.geo;

import com.cascadia.numprov.domain.ServiceAddress;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Our own geo service (addresses, rate centers, area-code overlays). Runs in the data center,
 * not at Bandwidth.
 */
public class AddressValidationClient {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String baseUrl;

    public AddressValidationClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** Saved service addresses of one customer account. */
    public String customerAddresses(String customerAccountId) throws IOException, InterruptedException {
        return get(baseUrl + "accounts/" + customerAccountId + "/addresses");
    }

    public String validate(String customerAccountId, ServiceAddress a) throws IOException, InterruptedException {
        String url = baseUrl + "accounts/" + customerAccountId + "/addresses/validate?zip=" + a.zip()
                + "&street=" + URLEncoder.encode(a.houseNumber() + " " + a.streetName(), StandardCharsets.UTF_8);
        return get(url);
    }

    /** Overlay area codes that serve the same rate center as {@code areaCode}. */
    public String overlays(String areaCode) throws IOException, InterruptedException {
        return get(baseUrl + "overlays?areaCode=" + areaCode);
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
