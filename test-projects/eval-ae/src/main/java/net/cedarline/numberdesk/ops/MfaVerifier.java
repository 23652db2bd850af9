package net.cedarline.numberdesk.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Two-factor codes for UI logins, through Bandwidth MFA. (MFA is still /api/v1 and is
 * not part of the Dashboard API.)
 */
public class MfaVerifier {

    private static final String MFA_BASE = "https://mfa.bandwidth.com/api/v1/accounts/";

    private final String accountId;
    private final String applicationId;
    private final String authorization;
    private final String fromNumber;

    public MfaVerifier(String accountId, String applicationId, String user, String password, String fromNumber) {
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.fromNumber = fromNumber;
    }

    public boolean sendCode(String e164Phone) throws IOException {
        String json = "{\"to\":\"" + e164Phone + "\",\"from\":\"" + fromNumber + "\",\"applicationId\":\"" + applicationId
                + "\",\"scope\":\"numberdesk-login\",\"message\":\"Your NumberDesk code is {CODE}\",\"digits\":6}";
        return post(MFA_BASE + accountId + "/code/sms", json).contains("messageId");
    }

    public boolean verify(String e164Phone, String code) throws IOException {
        String json = String.format("{\"to\":\"%s\",\"scope\":\"numberdesk-login\",\"expirationTimeInMinutes\":3,\"code\":\"%s\"}", e164Phone, code);
        return post(MFA_BASE + accountId + "/code/verify", json).contains("\"verified\":true");
    }

    private String post(String url, String json) throws IOException {
        HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();
        conn.setRequestMethod("POST");
        conn.setDoOutput(true);
        conn.setRequestProperty("Content-Type", "application/json");
        conn.setRequestProperty("Authorization", authorization);
        try (OutputStream out = conn.getOutputStream()) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        try (InputStream in = conn.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            conn.disconnect();
        }
    }
}
