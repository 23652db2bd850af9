package net.lumivox.numbering.messaging;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;

/**
 * Outbound SMS through the Bandwidth messaging API (maintenance notices to business customers).
 */
public class MessagingClient {

    private static final String MESSAGES_URL = "https://messaging.bandwidth.com/api/v2/users/{accountId}/messages";

    /** Sender of the maintenance notices. */
    static final String NOTICE_SENDER = "+19195550150";

    private final Client client;
    private final String accountId;
    private final String applicationId;

    public MessagingClient(Client client, String accountId, String applicationId) {
        this.client = client;
        this.accountId = accountId;
        this.applicationId = applicationId;
    }

    public String send(String from, String to, String text) {
        String json = """
                {"from": "%s", "to": ["%s"], "text": "%s", "applicationId": "%s"}
                """.formatted(from, to, text.replace("\"", "\\\""), applicationId);
        return client.target(MESSAGES_URL)
                .resolveTemplate("accountId", accountId)
                .request(MediaType.APPLICATION_JSON)
                .post(Entity.json(json), String.class);
    }

    public String maintenanceNotice(String to, String window) {
        return send(NOTICE_SENDER, to, "Lumivox maintenance tonight " + window + ". Reply STOP to opt out.");
    }

    public String media(String mediaId) {
        return client.target("https://messaging.bandwidth.com/api/v2/users/{accountId}/media/{mediaId}")
                .resolveTemplate("accountId", accountId)
                .resolveTemplate("mediaId", mediaId)
                .request()
                .get(String.class);
    }
}
