package com.cobaltline.numbering.ops.iris;

import java.util.Map;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.apache.cxf.jaxrs.client.WebClient;

/**
 * Client for IRIS, the operations team's incident register. Not to be confused with the Dashboard
 * SDK's client of the same name.
 */
public class IrisClient {

    private static final String BASE = "https://iris.ops.cobaltline.internal/api/v1";

    private final String tenant;
    private final String user;
    private final String apiKey;

    public IrisClient(String tenant, String user, String apiKey) {
        this.tenant = tenant;
        this.user = user;
        this.apiKey = apiKey;
    }

    public String openIncident(String title, String severity, Map<String, String> labels) {
        StringBuilder json = new StringBuilder("{\"title\":\"").append(title.replace("\"", "'"))
                .append("\",\"severity\":\"").append(severity).append("\",\"labels\":{");
        labels.forEach((k, v) -> json.append('"').append(k).append("\":\"").append(v).append("\","));
        if (!labels.isEmpty()) {
            json.setLength(json.length() - 1);
        }
        json.append("}}");
        Response response = WebClient.create(BASE, user, apiKey, null)
                .path("tenants").path(tenant).path("incidents")
                .type(MediaType.APPLICATION_JSON)
                .post(json.toString());
        return response.getHeaderString("Location");
    }
}
