package net.cedarline.numberdesk.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Registers our webhook for toll-free verification status changes. */
public class TollFreeVerificationClient {

    private final String accountId;
    private final String authorization;

    public TollFreeVerificationClient(String accountId, String authorization) {
        this.accountId = accountId;
        this.authorization = authorization;
    }

    public int subscribeWebhook(String callbackUrl, String sharedSecret) throws IOException {
        String url = "https://api.bandwidth.com/api/v2/accounts/" + accountId + "/tollFreeVerification/webhooks/subscriptions";
        String json = "{\"basicAuthentication\":{\"username\":\"numberdesk\",\"password\":\"" + sharedSecret + "\"},"
                + "\"callbackUrl\":\"" + callbackUrl + "\",\"sharedSecretKey\":\"" + sharedSecret + "\"}";
        HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();
        conn.setRequestMethod("POST");
        conn.setDoOutput(true);
        conn.setRequestProperty("Content-Type", "application/json");
        conn.setRequestProperty("Authorization", authorization);
        try (OutputStream out = conn.getOutputStream()) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        int status = conn.getResponseCode();
        conn.disconnect();
        return status;
    }
}
