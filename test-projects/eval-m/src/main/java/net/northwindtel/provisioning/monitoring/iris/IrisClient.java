package net.northwindtel.provisioning.monitoring.iris;

import lombok.extern.slf4j.Slf4j;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Client for IRIS, Northwind's Incident Response &amp; Intelligence System (the NOC's paging tool).
 * Unrelated to the Bandwidth "Iris" SDK despite the name.
 */
@Slf4j
public class IrisClient {

    private static final String DEFAULT_URI = "https://iris.noc.northwind.internal/api/v1";

    private final String uri;
    private final String teamId;
    private final String authorization;
    private final HttpClient http = HttpClient.newHttpClient();

    public IrisClient(String teamId, String user, String password) {
        this(DEFAULT_URI, teamId, user, password, "v1.0");
    }

    public IrisClient(String uri, String teamId, String user, String password, String schemaVersion) {
        this.uri = uri;
        this.teamId = teamId;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        log.debug("IRIS client for team {} (schema {})", teamId, schemaVersion);
    }

    public void raise(String severity, String summary) {
        String json = "{\"team\":\"" + teamId + "\",\"severity\":\"" + severity + "\",\"summary\":\"" + summary.replace("\"", "'") + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri + "/incidents"))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }
}
