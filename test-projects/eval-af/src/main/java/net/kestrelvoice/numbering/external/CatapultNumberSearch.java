package net.kestrelvoice.numbering.external;

import org.apache.cxf.jaxrs.client.WebClient;

/**
 * Number search on the retired Catapult platform. Still used by the porting desk to price
 * numbers for customers migrating from a Catapult reseller. Its {@code areaCode} is
 * Catapult's own search filter.
 */
public class CatapultNumberSearch {

    private static final String CATAPULT = "https://api.catapult.inetwork.com/v1/users/";

    private final String userId;
    private final String token;
    private final String secret;

    public CatapultNumberSearch(String userId, String token, String secret) {
        this.userId = userId;
        this.token = token;
        this.secret = secret;
    }

    public String localNumbers(String areaCode, int quantity) {
        return WebClient.create(CATAPULT + userId + "/availableNumbers/local?areaCode=" + areaCode
                        + "&quantity=" + quantity, token, secret, null)
                .accept("application/json")
                .get(String.class);
    }

    public String localNumbersByCity(String city, String state) {
        return WebClient.create(CATAPULT + userId + "/availableNumbers/local", token, secret, null)
                .query("city", city)
                .query("state", state)
                .accept("application/json")
                .get(String.class);
    }
}
