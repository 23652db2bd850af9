package com.lumenwave.provisioning.messaging;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Sends welcome texts and ops alerts through the Bandwidth Messaging API
 * (https://messaging.bandwidth.com/api/v2/users/{accountId}/messages).
 */
@Component
public class SmsAlertSender {

    private static final Logger log = LoggerFactory.getLogger(SmsAlertSender.class);

    /** On-call provisioning pager (national format, as listed in the runbook). */
    static final String OPS_PAGER = "9195550199";

    record MessageRequest(
            @JsonProperty("applicationId") String applicationId,
            @JsonProperty("to") List<String> to,
            @JsonProperty("from") String from,
            @JsonProperty("text") String text,
            @JsonProperty("tag") String tag) {
    }

    private final WebClient messagingWebClient;
    private final String messagingAccountId;
    private final String applicationId;
    private final String fromNumber;

    public SmsAlertSender(@Qualifier("messagingWebClient") WebClient messagingWebClient,
                          @Value("${bandwidth.messaging.account-id}") String messagingAccountId,
                          @Value("${bandwidth.messaging.application-id}") String applicationId,
                          @Value("${bandwidth.messaging.from:+19198675309}") String fromNumber) {
        this.messagingWebClient = messagingWebClient;
        this.messagingAccountId = messagingAccountId;
        this.applicationId = applicationId;
        this.fromNumber = fromNumber;
    }

    public void sendWelcome(String e164Number, String customerId) {
        send(List.of(e164Number), "Welcome to Lumenwave! Your number is ready.", "welcome:" + customerId);
    }

    public void pageOps(String text) {
        send(List.of("+1" + OPS_PAGER), text, "ops");
    }

    private void send(List<String> to, String text, String tag) {
        messagingWebClient.post()
                .uri("/users/{accountId}/messages", messagingAccountId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new MessageRequest(applicationId, to, fromNumber, text, tag))
                .retrieve()
                .toBodilessEntity()
                .doOnError(e -> log.warn("SMS to {} failed", to, e))
                .subscribe();
    }
}
