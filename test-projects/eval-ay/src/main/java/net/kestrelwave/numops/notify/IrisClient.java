package net.kestrelwave.numops.notify;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Client for IRIS, the operations incident tracker. */
public class IrisClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;
    private final String team;
    private final String token;

    public IrisClient(String baseUrl, String team, String token) {
        this.baseUrl = baseUrl;
        this.team = team;
        this.token = token;
    }

    public int openIncident(String title, String details, String severity) throws IOException, InterruptedException {
        String body = json.writeValueAsString(Map.of("team", team, "title", title, "details", details, "severity", severity));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/incidents"))
                .header("Authorization", "Token " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
