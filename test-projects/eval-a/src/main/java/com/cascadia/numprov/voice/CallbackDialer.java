package com.cascadia.numprov.voice;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Places a verification call to a freshly provisioned number through Bandwidth's voice API. */
public class CallbackDialer {

    private static final String CALLS_URL = "https://voice.bandwidth.com/api/v2/accounts/%s/calls";

    private final HttpClient client = HttpClient.newHttpClient();
    private final String accountId;
    private final String applicationId;
    private final String authorization;

    public CallbackDialer(String accountId, String applicationId, String authorization) {
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.authorization = authorization;
    }

    public int verify(String e164Number, String answerUrl) throws IOException, InterruptedException {
        String json = """
                {
                  "from": "+19195550100",
                  "to": "%s",
                  "applicationId": "%s",
                  "answerUrl": "%s",
                  "callTimeout": 30
                }
                """.formatted(e164Number, applicationId, answerUrl);
        HttpRequest request = HttpRequest.newBuilder(URI.create(String.format(CALLS_URL, accountId)))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
