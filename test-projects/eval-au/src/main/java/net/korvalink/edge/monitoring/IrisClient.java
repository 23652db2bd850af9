package net.korvalink.edge.monitoring;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpMethod;

/**
 * Client for Iris, the company's internal metrics and incident platform (no relation to the Bandwidth
 * Dashboard, which Bandwidth also calls Iris).
 */
public class IrisClient {

    private final String tenant;
    private final String user;
    private final String apiKey;
    private HttpClient http;

    public IrisClient(String tenant, String user, String apiKey) {
        this.tenant = tenant;
        this.user = user;
        this.apiKey = apiKey;
    }

    public IrisClient withHttpClient(HttpClient http) {
        this.http = http;
        return this;
    }

    public void gauge(String name, double value, Map<String, String> tags) throws Exception {
        StringBuilder json = new StringBuilder("{\"metric\":\"").append(name).append("\",\"value\":").append(value)
                .append(",\"tags\":{");
        tags.forEach((k, v) -> json.append('"').append(k).append("\":\"").append(v).append("\","));
        if (!tags.isEmpty()) {
            json.setLength(json.length() - 1);
        }
        json.append("}}");
        http.newRequest("https://iris.korvalink.net/api/v1/tenants/" + tenant + "/metrics")
                .method(HttpMethod.POST)
                .headers(h -> h.put("X-Iris-User", user).put("X-Iris-Key", apiKey))
                .timeout(3, TimeUnit.SECONDS)
                .body(new StringRequestContent("application/json", json.toString()))
                .send();
    }
}
