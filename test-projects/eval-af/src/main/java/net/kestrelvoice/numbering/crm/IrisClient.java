package net.kestrelvoice.numbering.crm;

import java.util.Map;

import javax.ws.rs.core.MediaType;

import org.apache.cxf.jaxrs.client.WebClient;

/**
 * Client of "Iris", Kestrel's internal ticketing / CRM system (no relation to the carrier's
 * dashboard of the same nickname).
 */
public class IrisClient {

    public static final String DEFAULT_URL = "https://iris.corp.kestrelvoice.net/api/v1";

    private final WebClient web;

    public IrisClient(String tenant, String user, String password) {
        this(DEFAULT_URL, tenant, user, password, "v1");
    }

    public IrisClient(String url, String tenant, String user, String password, String version) {
        this.web = WebClient.create(url, user, password, null)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("X-Iris-Tenant", tenant)
                .header("X-Iris-Api-Version", version);
    }

    public void comment(String ticketId, String text) {
        WebClient.fromClient(web).path("tickets").path(ticketId).path("comments")
                .post(Map.of("body", text));
    }

    public String open(String queue, String title) {
        return WebClient.fromClient(web).path("queues").path(queue).path("tickets")
                .post(Map.of("title", title), String.class);
    }
}
