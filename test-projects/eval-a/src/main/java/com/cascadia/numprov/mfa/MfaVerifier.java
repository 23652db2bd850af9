package com.cascadia.numprov.mfa;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Sends a one-time code before a number is released or ported out (Bandwidth MFA API). */
public class MfaVerifier {

    private static final String MFA_BASE = "https://mfa.bandwidth.com/api/v1/accounts/";

    private final HttpClient client = HttpClient.newHttpClient();
    private final String accountId;
    private final String applicationId;
    private final String authorization;

    public MfaVerifier(String accountId, String applicationId, String authorization) {
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.authorization = authorization;
    }

    /** @param contactNumber the account holder's contact number as typed in the portal (10 digits) */
    public boolean sendCode(String contactNumber) throws IOException, InterruptedException {
        String to = contactNumber.length() == 10 ? "+1" + contactNumber : contactNumber;
        String json = """
                {"to": "%s", "from": "+19195550100", "applicationId": "%s", "scope": "port-out",
                 "message": "Your Cascadia verification code is {CODE}", "digits": 6}
                """.formatted(to, applicationId);
        HttpRequest request = HttpRequest.newBuilder(URI.create(MFA_BASE + accountId + "/code/sms"))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }
}
