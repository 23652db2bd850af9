package com.northwind.numbers.messaging;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Customer notifications: order confirmations by SMS (Bandwidth messaging API) and port
 * verification calls (Bandwidth voice API). Neither is the Dashboard API.
 */
@Component
public class MessagingGateway {

    /** Our short-code-backed sender for confirmations. */
    static final String CONFIRMATION_SENDER = "9193384400";

    private final RestClient messaging;
    private final RestClient voice;
    private final String accountId;
    private final String applicationId;

    public MessagingGateway(@Qualifier("messagingRestClient") RestClient messaging,
                            @Qualifier("voiceRestClient") RestClient voice,
                            @Value("${iris.account-id}") String accountId,
                            @Value("${bandwidth.messaging.application-id}") String applicationId) {
        this.messaging = messaging;
        this.voice = voice;
        this.accountId = accountId;
        this.applicationId = applicationId;
    }

    public void sendConfirmation(String to, String text) {
        Map<String, Object> body = Map.of(
                "applicationId", applicationId,
                "to", List.of(to),
                "from", CONFIRMATION_SENDER,
                "text", text);
        messaging.post()
                .uri("https://messaging.bandwidth.com/api/v2/users/{accountId}/messages", accountId)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    public String media(String mediaId) {
        return messaging.get()
                .uri("/users/{accountId}/media/{mediaId}", accountId, mediaId)
                .retrieve()
                .body(String.class);
    }

    public String callForVerification(String toE164, String answerUrl) {
        return voice.post()
                .uri("https://voice.bandwidth.com/api/v2/accounts/{accountId}/calls", accountId)
                .body(Map.of("to", toE164, "from", "+19193384401", "answerUrl", answerUrl,
                        "callTimeout", 30))
                .retrieve()
                .body(String.class);
    }
}
