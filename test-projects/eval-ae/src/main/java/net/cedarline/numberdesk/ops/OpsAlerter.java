package net.cedarline.numberdesk.ops;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cedarline.numberdesk.config.AppConfig;

/**
 * Texts the on-call engineers through Bandwidth's messaging API (and calls them for P1s
 * through the voice API). Not the Dashboard: these are the v2 messaging/voice products.
 */
public class OpsAlerter {

    private static final Logger log = LoggerFactory.getLogger(OpsAlerter.class);

    private static final String MESSAGES_URL = "https://messaging.bandwidth.com/api/v2/users/%s/messages";
    private static final String CALLS_URL = "https://voice.bandwidth.com/api/v2/accounts/%s/calls";

    /** Escalation bridge, dialled when nobody acknowledges a P1 within 10 minutes. */
    static final String ESCALATION_BRIDGE = "9195550123";

    private final AppConfig.Messaging messaging;

    public OpsAlerter(AppConfig.Messaging messaging) {
        this.messaging = messaging;
    }

    public void portCompleted(String e164Number, String customerOrderId) {
        text(messaging.onCall, "Port-in " + customerOrderId + " complete: " + e164Number + " is live");
    }

    public void text(List<String> recipients, String message) {
        if (recipients.isEmpty()) {
            return;
        }
        StringBuilder to = new StringBuilder();
        for (String r : recipients) {
            if (to.length() > 0) {
                to.append(',');
            }
            to.append('"').append(r).append('"');
        }
        String json = "{\"applicationId\":\"" + messaging.applicationId + "\","
                + "\"from\":\"" + messaging.fromNumber + "\","
                + "\"to\":[" + to + "],"
                + "\"text\":\"" + message.replace("\"", "'") + "\"}";
        post(String.format(MESSAGES_URL, messaging.accountId), json);
    }

    public void callEscalationBridge(String reason) {
        String json = """
                {"from": "%s", "to": "%s", "applicationId": "%s", "answerUrl": "https://numberdesk.cedarline.net/voice/p1?reason=%s"}
                """.formatted(messaging.fromNumber, "+1" + ESCALATION_BRIDGE, messaging.applicationId, reason);
        post(String.format(CALLS_URL, messaging.accountId), json);
    }

    private void post(String url, String json) {
        try {
            HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();
            conn.setRequestMethod("POST");
            conn.setDoOutput(true);
            conn.setRequestProperty("Content-Type", "application/json");
            String token = messaging.apiToken + ":" + messaging.apiSecret;
            conn.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
            try (OutputStream out = conn.getOutputStream()) {
                out.write(json.getBytes(StandardCharsets.UTF_8));
            }
            int status = conn.getResponseCode();
            if (status >= 300) {
                log.warn("alert to {} failed with {}", url, status);
            }
            conn.disconnect();
        } catch (IOException e) {
            log.error("could not send alert", e);
        }
    }
}
