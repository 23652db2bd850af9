package net.harborlinecarrier.tnvault.catapult;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.MediaType;

/**
 * Number search on the old Catapult API. Only the two reseller accounts that were never moved
 * off Catapult use it; removal tracked in TNV-512.
 */
public class CatapultNumberSearch {

    private static final String LOCAL_SEARCH =
            "https://api.catapult.inetwork.com/v1/users/%s/availableNumbers/local?areaCode=%s&quantity=%d";

    private final Client client;
    private final String userId;

    public CatapultNumberSearch(Client client, String userId) {
        this.client = client;
        this.userId = userId;
    }

    public String searchLocal(String areaCode, int quantity) {
        return client.target(LOCAL_SEARCH.formatted(userId, areaCode, quantity))
                .request(MediaType.APPLICATION_JSON)
                .get(String.class);
    }

    public String searchTollFree(int quantity) {
        return client.target("https://api.catapult.inetwork.com/v1/users/" + userId + "/availableNumbers/tollFree")
                .queryParam("quantity", quantity)
                .request(MediaType.APPLICATION_JSON)
                .get(String.class);
    }
}
