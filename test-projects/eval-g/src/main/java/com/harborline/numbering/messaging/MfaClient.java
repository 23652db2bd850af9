package com.harborline.numbering.messaging;

import com.harborline.numbering.util.HttpSupport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Two-factor codes for portal logins (Bandwidth MFA API).
 */
public class MfaClient {

    static final String MFA_BASE = "https://mfa.bandwidth.com/api/v1/accounts/";

    private final String accountId;
    private final String user;
    private final String password;
    private final HttpClient http = HttpClient.newHttpClient();

    public MfaClient(String accountId, String user, String password) {
        this.accountId = accountId;
        this.user = user;
        this.password = password;
    }

    public int sendCode(String toE164, String fromE164, String applicationId) throws IOException, InterruptedException {
        String body = "{\"to\":\"" + toE164 + "\",\"from\":\"" + fromE164 + "\",\"applicationId\":\""
                + applicationId + "\",\"scope\":\"portal-login\",\"digits\":6,\"message\":\"Your code is {CODE}\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(MFA_BASE + accountId + "/code/messaging"))
                .header("Authorization", HttpSupport.basicAuth(user, password))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
