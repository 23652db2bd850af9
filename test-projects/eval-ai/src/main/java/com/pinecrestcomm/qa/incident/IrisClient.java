package com.pinecrestcomm.qa.incident;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Client for "Iris", our internal incident-paging service (named long before we used the
 * Bandwidth Dashboard). Not related to {@code com.bandwidth.iris.sdk}.
 */
public class IrisClient {

    private static final String DEFAULT_ENDPOINT = "https://iris.ops.pinecrestcomm.com/api/v1/incidents";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String team;
    private final String user;
    private final String token;

    public IrisClient(String team, String user, String token) {
        this.team = team;
        this.user = user;
        this.token = token;
    }

    public int page(String summary, String details) throws Exception {
        String json = """
                {"team": "%s", "reporter": "%s", "summary": "%s", "details": "%s"}
                """.formatted(team, user, summary, details.replace("\"", "'"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(DEFAULT_ENDPOINT))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
