package net.cobaltline.numbers.external;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Places an automated call to the on-call engineer when the order queue backs up. */
public class VoiceAlertClient {

    private static final String CALLS = "https://voice.bandwidth.com/api/v2/accounts/%s/calls";

    private final HttpClient http;
    private final String accountId;
    private final String applicationId;
    private final String authorization;

    public VoiceAlertClient(HttpClient http, String accountId, String applicationId, String authorization) {
        this.http = http;
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.authorization = authorization;
    }

    public void page(String onCallE164, String answerUrl) throws IOException, InterruptedException {
        String body = """
                {"from": "+19195550100", "to": "%s", "applicationId": "%s", "answerUrl": "%s", "callTimeout": 30}
                """.formatted(onCallE164, applicationId, answerUrl);
        HttpRequest request = HttpRequest.newBuilder(URI.create(String.format(CALLS, accountId)))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        http.send(request, HttpResponse.BodyHandlers.discarding());
    }
}
