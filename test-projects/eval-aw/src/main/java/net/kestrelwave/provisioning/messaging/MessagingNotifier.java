package net.kestrelwave.provisioning.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Sends "your number is live" texts through the Bandwidth messaging API (separate host, application
 * and credentials from the Dashboard).
 */
public class MessagingNotifier {

    /** One delivery receipt; the area code feeds the per-market delivery dashboard. */
    public record DeliveryEvent(String type, String to, String areaCode, String messageId) {
    }

    private static final Logger log = LoggerFactory.getLogger(MessagingNotifier.class);

    /** NOC pager; gets a copy of every activation text. */
    static final String NOC_PAGER = "9195550142";
    static final String FROM_NUMBER = "+19195550100";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    private final String baseUrl;
    private final String accountId;
    private final String applicationId;
    private final String authorization;

    public MessagingNotifier(String baseUrl, String accountId, String applicationId, String user, String password) {
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public void activationText(String to, String orderId) throws IOException, InterruptedException {
        String json = """
                {
                  "applicationId": "%s",
                  "to": ["%s", "%s"],
                  "from": "%s",
                  "text": "Your new number is live (order %s)."
                }
                """.formatted(applicationId, to, NOC_PAGER, FROM_NUMBER, orderId);
        URI uri = URI.create(baseUrl + "/users/" + accountId + "/messages");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            log.warn("messaging API answered {} for order {}", response.statusCode(), orderId);
        }
    }

    public URI mediaUri(String mediaName) {
        return URI.create("https://messaging.bandwidth.com/api/v2/users/" + accountId + "/media/" + mediaName);
    }

    /** Delivery receipts posted by the messaging API (JSON array of events, E.164 numbers). */
    public List<DeliveryEvent> parseDeliveryReceipts(String body) throws IOException {
        List<DeliveryEvent> events = new ArrayList<>();
        for (JsonNode event : mapper.readTree(body)) {
            String to = event.path("to").asText();
            String national = to.startsWith("+1") ? to.substring(2) : to;
            String areaCode = national.length() == 10 ? national.substring(0, 3) : "";
            events.add(new DeliveryEvent(event.path("type").asText(), to, areaCode,
                    event.path("message").path("id").asText()));
        }
        return events;
    }
}
