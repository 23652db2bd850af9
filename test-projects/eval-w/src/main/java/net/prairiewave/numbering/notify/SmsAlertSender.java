package net.prairiewave.numbering.notify;

import io.helidon.common.http.MediaType;
import io.helidon.webclient.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Sends on-call SMS alerts through Bandwidth's messaging API (a different product from the
 * Dashboard numbers API; it has been on /api/v2 for years).
 */
public class SmsAlertSender {

    static final String MESSAGING_URL = "https://messaging.bandwidth.com/api/v2/users/%s/messages";
    /** Our messaging application and the short list of on-call phones. */
    static final String APPLICATION_ID = "93de2206-9669-4e07-948d-329f4b722ee2";
    static final String FROM = "+16053310480";
    static final List<String> ON_CALL = List.of("+16055550142", "+17015550188");

    private final WebClient client;
    private final String messagingAccountId;

    public SmsAlertSender(String messagingAccountId, String apiUser, String apiPassword) {
        this.messagingAccountId = messagingAccountId;
        String token = Base64.getEncoder().encodeToString((apiUser + ":" + apiPassword).getBytes(StandardCharsets.UTF_8));
        this.client = WebClient.builder().addHeader("Authorization", "Basic " + token).build();
    }

    public void alert(String text) {
        JsonObject body = Json.createObjectBuilder()
                .add("applicationId", APPLICATION_ID)
                .add("to", Json.createArrayBuilder(ON_CALL))
                .add("from", FROM)
                .add("text", text.length() > 300 ? text.substring(0, 300) : text)
                .add("tag", "tn-inventory")
                .build();
        client.post()
                .uri(String.format(MESSAGING_URL, messagingAccountId))
                .contentType(MediaType.APPLICATION_JSON)
                .submit(body.toString(), String.class)
                .await();
    }

    /** Legacy pager gateway still wants 10 digits in its JSON. */
    public JsonObject pagerPayload(String text) {
        return Json.createObjectBuilder()
                .add("pagerNumber", "6055550142")
                .add("message", text)
                .build();
    }
}
