package net.northvale.voice.provisioning.partners;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;

/**
 * Carrier lookup before a port-in: tells the porting desk who currently holds a number.
 * Bandwidth's number lookup API, separate from the Dashboard.
 */
@ApplicationScoped
public class NumberLookupClient {

    @Inject
    @ConfigProperty(name = "lookup.base-url", defaultValue = "https://api.bandwidth.com/v2")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "lookup.account-id")
    String accountId;

    private final Client client = ClientBuilder.newClient();

    /** Starts a lookup request; the numbers must be E.164. */
    public String startLookup(List<String> e164Numbers) {
        return client.target(baseUrl + "/accounts/" + accountId + "/tnLookup")
                .request(MediaType.APPLICATION_JSON)
                .post(Entity.json(Map.of("tns", e164Numbers)))
                .readEntity(String.class);
    }

    public String result(String requestId) {
        return client.target(baseUrl)
                .path("accounts").path(accountId).path("tnLookup").path(requestId)
                .request(MediaType.APPLICATION_JSON)
                .get(String.class);
    }
}
