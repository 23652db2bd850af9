package net.cobaltline.numbers.external;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Two-factor codes for the self-service portal's number-porting step (Bandwidth MFA API).
 */
public class MfaClient {

    private static final String BASE = "https://mfa.bandwidth.com/api/v1/accounts/";

    private final HttpClient http;
    private final String accountId;
    private final String applicationId;
    private final String authorization;

    public MfaClient(HttpClient http, String accountId, String applicationId, String authorization) {
        this.http = http;
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.authorization = authorization;
    }

    public void sendSmsCode(String toE164) throws IOException, InterruptedException {
        post(BASE + accountId + "/code/sms", """
                {"to": "%s", "from": "+19195550100", "applicationId": "%s", "scope": "porting",
                 "message": "Your Cobaltline porting code is {CODE}", "digits": 6}
                """.formatted(toE164, applicationId));
    }

    public boolean verify(String toE164, String code) throws IOException, InterruptedException {
        HttpResponse<String> r = post(BASE + accountId + "/code/verify", """
                {"to": "%s", "scope": "porting", "expirationTimeInMinutes": 3, "code": "%s"}
                """.formatted(toE164, code));
        return r.statusCode() == 200 && r.body().contains("\"valid\":true");
    }

    private HttpResponse<String> post(String url, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
