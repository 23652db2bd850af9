package net.kestrelwave.provisioning.lookup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

/** Carrier lookup before a port-in, and toll-free verification webhooks. */
public class NumberLookupClient {

    private static final String LOOKUP_URL = "https://api.bandwidth.com/v2/accounts/%s/phoneNumberLookup";
    private static final String TFV_WEBHOOKS =
            "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String accountId;
    private final String bearerToken;

    public NumberLookupClient(String accountId, String bearerToken) {
        this.accountId = accountId;
        this.bearerToken = bearerToken;
    }

    public String startLookup(List<String> e164Numbers) throws IOException, InterruptedException {
        String numbers = e164Numbers.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(","));
        return post(LOOKUP_URL.formatted(accountId), "{\"phoneNumbers\": [" + numbers + "]}");
    }

    public String subscribeTollFreeVerification(String callbackUrl) throws IOException, InterruptedException {
        return post(TFV_WEBHOOKS.formatted(accountId), "{\"callbackUrl\": \"" + callbackUrl + "\"}");
    }

    private String post(String url, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + bearerToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
