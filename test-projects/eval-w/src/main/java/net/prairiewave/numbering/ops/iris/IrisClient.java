package net.prairiewave.numbering.ops.iris;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Client for "Iris", the NOC's incident-paging system (unrelated to the Bandwidth Dashboard,
 * which Bandwidth also calls Iris).
 */
public class IrisClient {

    private final String baseUrl;
    private final String team;
    private final String authHeader;
    private final HttpClient http = HttpClient.newHttpClient();

    public IrisClient(String team, String user, String key) {
        this("https://iris.noc.prairiewave.net/api/v1", team, user, key);
    }

    public IrisClient(String baseUrl, String team, String user, String key) {
        this.baseUrl = baseUrl;
        this.team = team;
        this.authHeader = "Basic " + Base64.getEncoder().encodeToString((user + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    public int page(String summary, String severity) throws Exception {
        String body = "{\"team\":\"" + team + "\",\"summary\":\"" + summary.replace("\"", "'")
                + "\",\"severity\":\"" + severity + "\"}";
        HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl + "/incidents"))
                .header("Authorization", authHeader)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
