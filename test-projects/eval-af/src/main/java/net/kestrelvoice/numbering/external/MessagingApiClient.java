package net.kestrelvoice.numbering.external;

import java.util.List;
import java.util.Map;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.apache.cxf.jaxrs.client.WebClient;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * Carrier messaging API (v2), used to text the NOC and customers about provisioning results.
 * Not part of the numbers dashboard.
 */
public class MessagingApiClient {

    public static final String MESSAGING_BASE = "https://messaging.bandwidth.com/api/v2";

    /** Sender number of provisioning notices (already E.164, as the messaging API requires). */
    public static final String NOTICE_FROM = "+19198431200";

    /** NOC on-call pager, national format as it is stored in the on-call roster. */
    public static final String NOC_PAGER = "9194600187";

    private final String messagingAccountId;
    private final String applicationId;
    private final String token;
    private final String secret;

    public MessagingApiClient(String messagingAccountId, String applicationId, String token, String secret) {
        this.messagingAccountId = messagingAccountId;
        this.applicationId = applicationId;
        this.token = token;
        this.secret = secret;
    }

    public Response send(String to, String text) {
        WebClient client = WebClient.create(MESSAGING_BASE, List.of(new JacksonJsonProvider()), token, secret, null)
                .path("users").path(messagingAccountId).path("messages")
                .type(MediaType.APPLICATION_JSON_TYPE);
        return client.post(Map.of(
                "from", NOTICE_FROM,
                "to", List.of(to.startsWith("+") ? to : "+1" + to),
                "applicationId", applicationId,
                "text", text));
    }

    public Response pageNoc(String text) {
        return send(NOC_PAGER, text);
    }
}
