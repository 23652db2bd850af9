package net.harbourline.numberdesk.routing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;

/**
 * Client of IRIS, our internal Inventory and Routing Information System (the switch team's
 * routing database). Not related to the Bandwidth SDK of the same name.
 */
public class IrisClient {

    private final String host;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public IrisClient(String host, String user, String password) {
        this.host = host;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }

    public String route(String tn) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(host + "/api/routes/" + tn))
                .header("Authorization", authorization)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    public int updateRoute(String tn, String trunkGroup) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(host + "/api/routes/" + tn))
                .header("Authorization", authorization)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"trunkGroup\":\"" + trunkGroup + "\"}"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
