package net.harborlight.numops.notify;

import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import kong.unirest.Unirest;
import net.harborlight.numops.config.DashboardProperties;
import net.harborlight.numops.config.NotifyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Pages the on-call engineer by SMS (Bandwidth messaging) and, for outages, by a voice call.
 */
@Component
public class OpsAlertNotifier {

    private static final Logger log = LoggerFactory.getLogger(OpsAlertNotifier.class);
    private static final String VOICE_CALLS = "https://voice.bandwidth.com/api/v2/accounts/%s/calls";

    private final RestClient messaging;
    private final NotifyProperties notify;
    private final DashboardProperties dashboard;
    private final Gson gson;

    public OpsAlertNotifier(@Qualifier("messaging") RestClient messaging, NotifyProperties notify,
                            DashboardProperties dashboard, Gson gson) {
        this.messaging = messaging;
        this.notify = notify;
        this.dashboard = dashboard;
        this.gson = gson;
    }

    public void orderFailed(String orderId, String message) {
        sms("Dashboard order " + orderId + " failed: " + message);
    }

    public void sms(String text) {
        Map<String, Object> body = Map.of(
                "applicationId", notify.applicationId(),
                "to", List.of(notify.opsOnCallNumber()),
                "from", notify.fromNumber(),
                "text", text);
        messaging.post()
                .uri("/users/{accountId}/messages", dashboard.getAccountId())
                .contentType(MediaType.APPLICATION_JSON)
                .body(gson.toJson(body))
                .retrieve()
                .toBodilessEntity();
    }

    public void call(String reason) {
        String payload = gson.toJson(Map.of(
                "from", notify.fromNumber(),
                "to", notify.opsOnCallNumber(),
                "applicationId", notify.applicationId(),
                "answerUrl", "https://numops.harborlight.net/api/voice/answer?reason=" + reason));
        var response = Unirest.post(String.format(VOICE_CALLS, dashboard.getAccountId()))
                .basicAuth(dashboard.getUsername(), dashboard.getPassword())
                .header("Content-Type", "application/json")
                .body(payload)
                .asString();
        if (!response.isSuccess()) {
            log.error("Could not call on-call engineer: HTTP {}", response.getStatus());
        }
    }
}
