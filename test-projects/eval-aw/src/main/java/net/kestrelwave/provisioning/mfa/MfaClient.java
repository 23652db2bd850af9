package net.kestrelwave.provisioning.mfa;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Confirms number ownership before a port-out PIN is revealed, using Bandwidth MFA (SMS codes, three
 * minute expiry).
 */
public class MfaClient {

    private static final String MFA_BASE = "https://mfa.bandwidth.com/api/v1/accounts/";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String accountId;
    private final String applicationId;
    private final String authorization;

    public MfaClient(String accountId, String applicationId, String authorization) {
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.authorization = authorization;
    }

    public int sendCode(String e164) throws IOException, InterruptedException {
        String json = """
                {"to": "%s", "from": "+19195550100", "applicationId": "%s", "scope": "portout", "digits": 6,
                 "message": "Your Kestrelwave code is {CODE}", "expirationTimeInMinutes": 3}
                """.formatted(e164, applicationId);
        return post(MFA_BASE + accountId + "/code/sms", json);
    }

    public int verify(String e164, String code) throws IOException, InterruptedException {
        String json = "{\"to\": \"" + e164 + "\", \"scope\": \"portout\", \"code\": \"" + code
                + "\", \"expirationTimeInMinutes\": 3}";
        return post(MFA_BASE + accountId + "/code/verify", json);
    }

    private int post(String url, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
