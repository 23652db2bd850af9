package net.cedarline.numberdesk.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The pre-2019 Catapult numbers API. Only the reseller white-label still orders through
 * it; kept until their contract ends.
 */
public class CatapultNumberClient {

    private static final String AVAILABLE_LOCAL = "https://api.catapult.inetwork.com/v1/users/%s/availableNumbers/local?areaCode=%s&quantity=%d";

    private final String userId;
    private final String authorization;

    public CatapultNumberClient(String userId, String token, String secret) {
        this.userId = userId;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((token + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    public String availableLocal(String areaCode, int quantity) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(String.format(AVAILABLE_LOCAL, userId, areaCode, quantity)).openConnection();
        conn.setRequestProperty("Authorization", authorization);
        conn.setRequestProperty("Accept", "application/json");
        try (InputStream in = conn.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            conn.disconnect();
        }
    }

    public String orderLocal(String areaCode) throws IOException {
        String url = "https://api.catapult.inetwork.com/v1/users/" + userId + "/availableNumbers/local?areaCode=" + areaCode + "&quantity=1";
        HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();
        conn.setRequestMethod("POST");
        conn.setRequestProperty("Authorization", authorization);
        int status = conn.getResponseCode();
        String location = conn.getHeaderField("Location");
        conn.disconnect();
        return status == 201 ? location : null;
    }
}
