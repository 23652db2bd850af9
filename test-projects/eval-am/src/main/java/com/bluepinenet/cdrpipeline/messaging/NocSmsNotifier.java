package com.bluepinenet.cdrpipeline.messaging;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Pages the NOC over Bandwidth Messaging when the enrichment lag grows. */
@Component
public class NocSmsNotifier {

    private static final String MESSAGES_URL = "https://messaging.bandwidth.com/api/v2/users/%s/messages";

    private final HttpClient http;
    private final String accountId;
    private final String applicationId;
    private final String from;
    private final List<String> pagers;
    private final String authorization;

    public NocSmsNotifier(HttpClient http,
                          @Value("${messaging.account-id}") String accountId,
                          @Value("${messaging.application-id}") String applicationId,
                          @Value("${messaging.from:+19195550150}") String from,
                          @Value("${noc.pager-numbers}") List<String> pagers,
                          @Value("${messaging.api-token}") String token,
                          @Value("${messaging.api-secret}") String secret) {
        this.http = http;
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.from = from;
        this.pagers = pagers;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((token + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    public CompletableFuture<Integer> page(String text) {
        String to = String.join("\",\"", pagers);
        String json = """
                {
                  "applicationId": "%s",
                  "to": ["%s"],
                  "from": "%s",
                  "text": "%s",
                  "tag": "cdr-enrichment"
                }
                """.formatted(applicationId, to, from, text.replace("\"", "'"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(MESSAGES_URL.formatted(accountId)))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }
}
