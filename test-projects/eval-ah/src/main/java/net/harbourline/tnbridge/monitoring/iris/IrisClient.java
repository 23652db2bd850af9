package net.harbourline.tnbridge.monitoring.iris;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Client of IRIS, Harbourline's internal Incident Reporting &amp; Inventory Service (ops monitoring).
 * Not related to the Bandwidth "Iris" SDK.
 */
public class IrisClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String endpoint;
    private final String service;
    private final String token;

    public IrisClient(String endpoint, String service, String token) {
        this.endpoint = endpoint;
        this.service = service;
        this.token = token;
    }

    public int heartbeat(String status, String detailJson) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "/services/" + service + "/heartbeats"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"" + status + "\",\"detail\":" + detailJson + "}"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    public String getService() {
        return service;
    }
}
