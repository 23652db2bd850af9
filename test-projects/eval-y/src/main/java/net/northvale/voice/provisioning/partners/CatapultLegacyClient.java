package net.northvale.voice.provisioning.partners;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.MediaType;

/**
 * Left over from the 2017 fax-to-email product, which still runs on a Catapult user. Only the
 * number search is used; the product is scheduled for retirement (VOICE-2402).
 */
public class CatapultLegacyClient {

    private static final String CATAPULT_BASE = "https://api.catapult.inetwork.com/v1";

    private final Client client = ClientBuilder.newClient();
    private final String userId;

    public CatapultLegacyClient(String userId) {
        this.userId = userId;
    }

    public String searchLocal(String areaCode, int quantity) {
        return client.target(CATAPULT_BASE + "/users/" + userId + "/availableNumbers/local?areaCode=" + areaCode
                        + "&quantity=" + quantity)
                .request(MediaType.APPLICATION_JSON)
                .get(String.class);
    }

    public String searchTollFree(int quantity) {
        return client.target(CATAPULT_BASE)
                .path("users").path(userId).path("availableNumbers").path("tollFree")
                .queryParam("quantity", quantity)
                .request(MediaType.APPLICATION_JSON)
                .get(String.class);
    }
}
