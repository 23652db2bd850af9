package com.acme.voice.numbers;

import java.net.URI;
import java.net.http.HttpRequest;

/** Two-factor codes through Bandwidth's MFA API, and call control through Voice: neither is the Dashboard. */
public class MfaClient {
    private static final String MFA = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/sms";
    private static final String VOICE = "https://voice.bandwidth.com/api/v2/accounts/%s/calls";

    public HttpRequest sendCode(String accountId, String to) {
        String body = """
                {"to": "%s", "from": "+19195550100", "applicationId": "93de2206", "scope": "login",
                 "message": "Your code is {CODE}", "digits": 6}
                """.formatted(to);
        return HttpRequest.newBuilder(URI.create(String.format(MFA, accountId)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    public HttpRequest call(String accountId) {
        String body = """
                {"from": "+19195550100", "to": "+19195550199", "answerUrl": "https://hooks.acme.example/answer"}
                """;
        return HttpRequest.newBuilder(URI.create(String.format(VOICE, accountId)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
