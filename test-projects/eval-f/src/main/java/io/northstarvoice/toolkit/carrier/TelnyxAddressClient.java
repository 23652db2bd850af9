package io.northstarvoice.toolkit.carrier;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Secondary carrier used for numbers Bandwidth cannot port; only its address book is used here. */
public class TelnyxAddressClient {

    private static final String ADDRESSES = "https://api.telnyx.com/v2/addresses";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String apiKey;

    public TelnyxAddressClient(String apiKey) {
        this.apiKey = apiKey;
    }

    public String listAddresses(String customerReference) throws IOException, InterruptedException {
        URI uri = URI.create(ADDRESSES + "?filter[customer_reference][eq]=" + customerReference);
        return http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + apiKey).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    public String searchNumbers(String areaCode) throws IOException, InterruptedException {
        URI uri = URI.create("https://api.telnyx.com/v2/available_phone_numbers?filter[national_destination_code]=" + areaCode);
        return http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + apiKey).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
