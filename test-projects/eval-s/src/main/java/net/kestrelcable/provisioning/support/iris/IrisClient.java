package net.kestrelcable.provisioning.support.iris;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Client for IRIS, Kestrel's Incident Response and Information System (the NOC ticketing tool).
 * Not related to the Bandwidth "Iris" SDK.
 */
public class IrisClient {

    private final RestClient restClient;
    private final String team;

    public IrisClient(String baseUrl, String team, String token) {
        this.team = team;
        this.restClient = RestClient.builder()
                .baseUrl(baseUrl)
                .defaultHeader("Authorization", "Bearer " + token)
                .build();
    }

    public String openIncident(String severity, String title, String body) {
        return restClient.post()
                .uri("/incidents")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("team", team, "severity", severity, "title", title, "body", body))
                .retrieve()
                .body(String.class);
    }

    public void addNote(String incidentId, String note) {
        restClient.post()
                .uri("/incidents/{id}/notes", incidentId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("text", note))
                .retrieve()
                .toBodilessEntity();
    }
}
