package net.harborlinecarrier.tnvault.dashboard;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;

/**
 * E911 addresses. Moved to the v2 API early (TNV-377) because the v1 endpoint was announced to be
 * repurposed for reusable addresses; the rest of the service still uses the configured base URL.
 */
public class E911AddressClient {

    static final String V2_BASE = "https://dashboard.bandwidth.com/api/v2";

    private final WebTarget e911;

    public E911AddressClient(Client client, String accountId) {
        this.e911 = client.target(V2_BASE)
                .path("accounts")
                .path(accountId)
                .path("e911Addresses");
    }

    public String list(int page) {
        return e911.queryParam("page", page)
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }

    public String get(String addressId) {
        return e911.path(addressId)
                .request(MediaType.APPLICATION_XML)
                .get(String.class);
    }
}
