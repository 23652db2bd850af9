package net.kestreltel.portdesk.messaging;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Verifies the authorising person of a port-in by voice code (Bandwidth MFA). */
public class MfaClient {

    private static final String BASE = "https://mfa.bandwidth.com/api/v1/accounts/";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String accountId;
    private final String applicationId;
    private final String authHeader;

    public MfaClient(String accountId, String applicationId, String authHeader) {
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.authHeader = authHeader;
    }

    public int sendVoiceCode(String to, String from) throws Exception {
        String json = "{\"to\":\"" + to + "\",\"from\":\"" + from + "\",\"applicationId\":\"" + applicationId
                + "\",\"scope\":\"porting\",\"message\":\"Your Kestrel porting code is {CODE}\",\"digits\":6}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + accountId + "/code/voice"))
                .header("Authorization", authHeader)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
