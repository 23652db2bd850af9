package net.northvale.voice.provisioning.dashboard;

import net.northvale.voice.provisioning.config.LegacyIrisConfig;
import org.apache.http.client.utils.URIBuilder;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Weekly port-out audit. This code predates the JAX-RS clients and still reads its own
 * configuration from {@code iris-legacy.xml}; it only ever reads.
 */
public class PortOutAuditClient {

    private final LegacyIrisConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

    public PortOutAuditClient(LegacyIrisConfig config) {
        this.config = config;
    }

    public String portOutsSince(String isoDate) throws IOException, InterruptedException, URISyntaxException {
        URI uri = new URIBuilder(config.getUri())
                .setPath("/v1.0/accounts/" + config.getAccountId() + "/portouts")
                .addParameter("startdate", isoDate)
                .addParameter("status", "complete")
                .build();
        return fetch(uri);
    }

    public String portOut(String portOutId) throws IOException, InterruptedException, URISyntaxException {
        URI uri = new URIBuilder(config.getUri())
                .setPath("/v1.0/accounts/" + config.getAccountId() + "/portouts/" + portOutId)
                .build();
        return fetch(uri);
    }

    private String fetch(URI uri) throws IOException, InterruptedException {
        String auth = Base64.getEncoder().encodeToString(
                (config.getUsername() + ":" + config.getPassword()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Basic " + auth)
                .header("Accept", "application/xml")
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            throw new DashboardException(response.statusCode(), response.body());
        }
        return response.body();
    }
}
