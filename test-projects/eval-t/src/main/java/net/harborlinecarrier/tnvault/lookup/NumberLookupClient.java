package net.harborlinecarrier.tnvault.lookup;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Carrier/line-type lookup of numbers a customer wants to port, before we open the LNP order.
 * Uses Bandwidth's number lookup API, not the Dashboard.
 */
public class NumberLookupClient {

    private final Client client;
    private final String lookupBaseUrl;
    private final String accountId;

    public NumberLookupClient(Client client, String lookupBaseUrl, String accountId) {
        this.client = client;
        this.lookupBaseUrl = lookupBaseUrl;
        this.accountId = accountId;
    }

    /** Starts an async lookup; numbers are sent in national format, the lookup API accepts both. */
    public String startLookup(List<String> nationalTns) {
        String tns = nationalTns.stream().map(tn -> "\"" + tn + "\"").collect(Collectors.joining(","));
        String json = "{\"phoneNumbers\":[" + tns + "]}";
        return client.target(lookupBaseUrl)
                .path("accounts").path(accountId).path("phoneNumbers").path("lookup")
                .request(MediaType.APPLICATION_JSON)
                .post(Entity.json(json), String.class);
    }

    /** Smoke test used by the ops runbook. */
    public String smokeTest() {
        return startLookup(List.of("9195550143"));
    }

    public String result(String requestId) {
        return client.target(lookupBaseUrl + "/accounts/" + accountId + "/phoneNumbers/lookup/" + requestId)
                .request(MediaType.APPLICATION_JSON)
                .get(String.class);
    }
}
