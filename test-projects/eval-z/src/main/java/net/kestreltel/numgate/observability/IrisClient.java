package net.kestreltel.numgate.observability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Minimal client for Iris, Kestrel's internal event bus (named long before we used Bandwidth).
 * Fire-and-forget: failures are swallowed, events are best effort.
 */
public class IrisClient {

    private final URI endpoint;
    private final String service;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public IrisClient(String endpoint, String service, String token) {
        this.endpoint = URI.create(endpoint);
        this.service = service;
        this.token = token;
    }

    public void emit(String event, Map<String, ?> attributes) {
        String json = attributes.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .collect(Collectors.joining(",", "{\"service\":\"" + service + "\",\"event\":\"" + event + "\",", "}"));
        HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/v1/events"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }
}
