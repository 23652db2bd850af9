package net.tidewaterconnect.numbering.noc;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Client of IRIS, the NOC's incident tracker (Incident Response and Information System).
 * Unrelated to the Bandwidth SDK class of the same name.
 */
public class IrisClient {

    private static final String DEFAULT_URL = "https://iris.noc.tidewaterconnect.net/api";

    private final RestClient rest;

    public IrisClient(String accountId, String user, String password) {
        this(DEFAULT_URL, accountId, user, password);
    }

    public IrisClient(String baseUrl, String accountId, String user, String password) {
        this.rest = RestClient.builder()
                .baseUrl(baseUrl)
                .defaultUriVariables(Map.of("queue", accountId))
                .defaultHeaders(h -> h.setBasicAuth(user, password))
                .build();
    }

    public String openIncident(String title, String severity, String details) {
        return rest.post()
                .uri("/queues/{queue}/incidents")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("title", title, "severity", severity, "details", details))
                .retrieve()
                .body(String.class);
    }
}
