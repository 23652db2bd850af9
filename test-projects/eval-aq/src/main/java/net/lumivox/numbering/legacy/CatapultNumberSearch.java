package net.lumivox.numbering.legacy;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.MediaType;

/**
 * Number search of the old Catapult platform, still used by the white-label resellers until their
 * contracts end.
 */
public class CatapultNumberSearch {

    private static final String CATAPULT_SEARCH =
            "https://api.catapult.inetwork.com/v1/users/%s/availableNumbers/local?areaCode=%s&quantity=%d";

    private final Client client;
    private final String userId;

    public CatapultNumberSearch(Client client, String userId) {
        this.client = client;
        this.userId = userId;
    }

    public String local(String areaCode, int quantity) {
        return client.target(String.format(CATAPULT_SEARCH, userId, areaCode, quantity))
                .request(MediaType.APPLICATION_JSON)
                .get(String.class);
    }

    public String tollFree(int quantity) {
        return client.target("https://api.catapult.inetwork.com/v1/availableNumbers/tollFree")
                .queryParam("quantity", quantity)
                .request(MediaType.APPLICATION_JSON)
                .get(String.class);
    }

    public String localInCity(String city, String state, String areaCode) {
        return client.target("https://api.catapult.inetwork.com")
                .path("v1/availableNumbers/local")
                .queryParam("city", city)
                .queryParam("state", state)
                .queryParam("areaCode", areaCode)
                .request(MediaType.APPLICATION_JSON)
                .get(String.class);
    }
}
