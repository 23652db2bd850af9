package org.harborline.provisioning.thirdparty;

import java.io.IOException;

import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.util.EntityUtils;

/**
 * Old Catapult (Bandwidth App Platform) number search, still used by the demo kiosk.
 */
public class CatapultNumberClient {

    private static final String CATAPULT_BASE = "https://api.catapult.inetwork.com/v1/users/";

    private final CloseableHttpClient http;
    private final String userId;

    public CatapultNumberClient(CloseableHttpClient http, String userId) {
        this.http = http;
        this.userId = userId;
    }

    public String availableLocal(String areaCode, int quantity) throws IOException {
        String url = CATAPULT_BASE + userId + "/availableNumbers/local?areaCode=" + areaCode + "&quantity=" + quantity;
        return EntityUtils.toString(http.execute(new HttpGet(url)).getEntity());
    }
}
