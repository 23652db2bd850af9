package com.harborline.numbering.messaging;

import com.harborline.numbering.util.HttpSupport;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Places the "verification call" to a ported number through the Voice API v2.
 */
public class VoiceCallsClient {

    private static final String VOICE_API = "https://voice.bandwidth.com/api/v2/accounts/%s/calls";

    private final String accountId;
    private final String user;
    private final String password;
    private final HttpClient http = HttpClient.newHttpClient();

    public VoiceCallsClient(String accountId, String user, String password) {
        this.accountId = accountId;
        this.user = user;
        this.password = password;
    }

    public int call(String fromE164, String toE164, String applicationId, String answerUrl)
            throws IOException, InterruptedException {
        String body = """
                {"from": "%s", "to": "%s", "applicationId": "%s", "answerUrl": "%s"}
                """.formatted(fromE164, toE164, applicationId, answerUrl);
        HttpRequest request = HttpRequest.newBuilder(java.net.URI.create(VOICE_API.formatted(accountId)))
                .header("Authorization", HttpSupport.basicAuth(user, password))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
