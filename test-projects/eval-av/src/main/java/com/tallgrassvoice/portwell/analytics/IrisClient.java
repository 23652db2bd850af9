package com.tallgrassvoice.portwell.analytics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Client of "Iris", the data team's internal metrics collector (no relation to the Dashboard). */
public class IrisClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String endpoint;
    private final String service;
    private final String token;

    public IrisClient(String endpoint, String service, String token) {
        this.endpoint = endpoint;
        this.service = service;
        this.token = token;
    }

    public void gauge(String name, long value) throws IOException, InterruptedException {
        String body = "{\"service\":\"" + service + "\",\"metric\":\"" + name + "\",\"value\":" + value + "}";
        http.send(HttpRequest.newBuilder(URI.create(endpoint + "/v1/gauges"))
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
