package net.prairiewave.numbering.lookup;

import io.helidon.common.http.MediaType;
import io.helidon.webclient.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.util.List;

/**
 * Carrier lookups for port-in requests (Bandwidth's phone number lookup API, not the Dashboard).
 */
public class NumberLookupClient {

    static final String LOOKUP_URL = "https://api.bandwidth.com/v2/accounts/%s/phoneNumberLookup";

    private final WebClient client;
    private final String accountId;

    public NumberLookupClient(WebClient client, String accountId) {
        this.client = client;
        this.accountId = accountId;
    }

    public String startLookup(List<String> e164Numbers) {
        JsonArrayBuilder numbers = Json.createArrayBuilder();
        e164Numbers.forEach(numbers::add);
        String body = Json.createObjectBuilder().add("phoneNumbers", numbers).build().toString();
        return client.post()
                .uri(LOOKUP_URL.formatted(accountId))
                .contentType(MediaType.APPLICATION_JSON)
                .submit(body, String.class)
                .await();
    }
}
