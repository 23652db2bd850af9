package com.cobaltline.numbering.partners;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.cxf.jaxrs.client.WebClient;

/**
 * Number search on the old Catapult account that still serves the Charlotte resellers.
 * Scheduled for removal together with that account.
 */
public class CatapultNumberFinder {

    private static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"(\\+1\\d{10})\"");

    private final String userId;
    private final String apiToken;
    private final String apiSecret;

    public CatapultNumberFinder(String userId, String apiToken, String apiSecret) {
        this.userId = userId;
        this.apiToken = apiToken;
        this.apiSecret = apiSecret;
    }

    public List<String> local(String areaCode, int quantity) {
        String url = "https://api.catapult.inetwork.com/v1/users/" + userId
                + "/availableNumbers/local?areaCode=" + areaCode + "&quantity=" + quantity;
        String json = WebClient.create(url, apiToken, apiSecret, null).accept("application/json").get(String.class);
        List<String> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(json);
        while (m.find()) {
            numbers.add(m.group(1));
        }
        return numbers;
    }

    public int areaCodeOf(String e164) {
        return Integer.parseInt(e164.substring(2, 5));
    }
}
