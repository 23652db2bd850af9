package net.harborlinecarrier.tnvault.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Step-up verification before a port-out PIN is shown in the portal, through Bandwidth MFA.
 */
public class MfaChallengeClient {

    private static final String MFA_CODE_URL = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/sms";
    private static final String MFA_VERIFY_URL = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/verify";

    private final HttpClient http;
    private final String accountId;
    private final String applicationId;
    private final String authorization;

    public MfaChallengeClient(HttpClient http, String accountId, String applicationId, String authorization) {
        this.http = http;
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.authorization = authorization;
    }

    public void sendCode(String userMobileE164) throws IOException, InterruptedException {
        String body = "{\"to\":\"%s\",\"from\":\"+19195550100\",\"applicationId\":\"%s\",\"scope\":\"port-pin\","
                + "\"message\":\"Your Harborline code is {CODE}\",\"digits\":6}";
        post(MFA_CODE_URL.formatted(accountId), body.formatted(userMobileE164, applicationId));
    }

    public boolean verify(String userMobileE164, String code) throws IOException, InterruptedException {
        String body = "{\"to\":\"" + userMobileE164 + "\",\"scope\":\"port-pin\",\"expirationTimeInMinutes\":3,"
                + "\"code\":\"" + code + "\"}";
        return post(MFA_VERIFY_URL.formatted(accountId), body).contains("\"verified\":true");
    }

    private String post(String url, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
