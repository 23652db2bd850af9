package com.bluepinenet.cdrpipeline.voice;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Second escalation step: a voice call to the on-call engineer through Bandwidth Voice. */
@Component
public class NocEscalationCaller {

    private final HttpClient http;
    private final String callsUrl;
    private final String applicationId;
    private final String authorization;

    public NocEscalationCaller(HttpClient http,
                               @Value("${voice.base-url:https://voice.bandwidth.com/api/v2}") String baseUrl,
                               @Value("${voice.account-id}") String accountId,
                               @Value("${voice.application-id}") String applicationId,
                               @Value("${voice.username}") String user,
                               @Value("${voice.password}") String password) {
        this.http = http;
        this.callsUrl = baseUrl + "/accounts/" + accountId + "/calls";
        this.applicationId = applicationId;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public CompletableFuture<Integer> call(String onCallNumber) {
        String json = """
                {"from": "+19195550150", "to": "%s", "applicationId": "%s",
                 "answerUrl": "https://hooks.bluepinenet.com/voice/noc-escalation", "callTimeout": 30}
                """.formatted(onCallNumber, applicationId);
        HttpRequest request = HttpRequest.newBuilder(URI.create(callsUrl))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }
}
