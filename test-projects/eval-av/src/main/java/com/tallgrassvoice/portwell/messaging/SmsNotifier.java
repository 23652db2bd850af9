package com.tallgrassvoice.portwell.messaging;

import com.tallgrassvoice.portwell.config.AppConfig;
import com.tallgrassvoice.portwell.config.Endpoints;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends SMS through the Bandwidth Messaging API. */
public class SmsNotifier {

    private static final Logger log = LoggerFactory.getLogger(SmsNotifier.class);

    /** On-call pager of the porting desk. */
    private static final String PORTING_DESK_PAGER = "3365550177";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String messagesUrl;
    private final String applicationId;
    private final String from;
    private final String authorization;

    public SmsNotifier(AppConfig cfg) {
        this.messagesUrl = String.format(Endpoints.MESSAGES, cfg.accountId());
        this.applicationId = cfg.messagingApplicationId();
        this.from = cfg.messagingFrom();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (cfg.username() + ":" + cfg.password()).getBytes(StandardCharsets.UTF_8));
    }

    public void sendWelcome(String e164) {
        send(e164, "Your number is now active with Tallgrass Voice. Reply HELP for help.");
    }

    public void pageDesk(String text) {
        send("+1" + PORTING_DESK_PAGER, text);
    }

    /** Test message to the NOC phone after a messaging import completes. */
    public void pingNoc() {
        send("+13365550111", "portwell: hosted messaging import completed");
    }

    private void send(String to, String text) {
        String json = """
                {
                  "applicationId": "%s",
                  "to": ["%s"],
                  "from": "%s",
                  "text": "%s"
                }
                """.formatted(applicationId, to, from, text.replace("\"", "\\\""));
        HttpRequest request = HttpRequest.newBuilder(URI.create(messagesUrl))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                log.warn("messaging API answered {}: {}", response.statusCode(), response.body());
            }
        } catch (IOException e) {
            log.warn("could not send SMS to {}", to, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
