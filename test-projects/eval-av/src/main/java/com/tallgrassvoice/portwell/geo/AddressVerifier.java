package com.tallgrassvoice.portwell.geo;

import com.tallgrassvoice.portwell.dashboard.E911AddressService.E911Address;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Verifies service addresses with EasyPost before we register them for E911. */
public class AddressVerifier {

    private static final String ADDRESSES = "https://api.easypost.com/v2/addresses";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String apiKey;

    public AddressVerifier(String apiKey) {
        this.apiKey = apiKey;
    }

    public String verify(E911Address a) throws IOException, InterruptedException {
        String form = "verify[]=delivery&address[street1]=" + a.houseNumber() + "+" + a.streetName().replace(' ', '+')
                + "&address[city]=" + a.city() + "&address[state]=" + a.stateCode() + "&address[zip]=" + a.zip();
        HttpRequest request = HttpRequest.newBuilder(URI.create(ADDRESSES))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    public String reverify(String addressId) throws IOException, InterruptedException {
        URI uri = URI.create("https://api.easypost.com/v2/addresses/" + addressId + "/verify");
        return http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + apiKey).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
