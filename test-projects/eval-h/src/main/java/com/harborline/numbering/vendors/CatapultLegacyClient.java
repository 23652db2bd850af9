package com.harborline.numbering.vendors;

import com.harborline.numbering.http.BasicAuthSupport;
import java.io.IOException;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/**
 * The pre-2019 Catapult account that still owns a handful of toll numbers for the Asheville
 * office. Catapult is its own API (users, not accounts) and is not being migrated with Dashboard.
 */
public class CatapultLegacyClient {

    private static final String CATAPULT_BASE = "https://api.catapult.inetwork.com/v1";

    private final CloseableHttpClient http;
    private final String userId;
    private final String token;
    private final String secret;

    public CatapultLegacyClient(CloseableHttpClient http, String userId, String token, String secret) {
        this.http = http;
        this.userId = userId;
        this.token = token;
        this.secret = secret;
    }

    public String searchLocal(String areaCode, int quantity) throws IOException {
        String url = CATAPULT_BASE + "/users/" + userId + "/availableNumbers/local?areaCode=" + areaCode
                + "&quantity=" + quantity;
        return http.execute(ClassicRequestBuilder.get(url)
                        .addHeader("Authorization", BasicAuthSupport.header(token, secret))
                        .build(),
                response -> EntityUtils.toString(response.getEntity()));
    }

    public String listOwnedNumbers() throws IOException {
        return http.execute(ClassicRequestBuilder.get(CATAPULT_BASE + "/users/" + userId + "/phoneNumbers?size=1000")
                        .addHeader("Authorization", BasicAuthSupport.header(token, secret))
                        .build(),
                response -> EntityUtils.toString(response.getEntity()));
    }
}
