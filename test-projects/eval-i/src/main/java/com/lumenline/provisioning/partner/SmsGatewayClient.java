package com.lumenline.provisioning.partner;

import java.util.List;
import java.util.Map;

import com.lumenline.provisioning.config.PartnerProperties;
import com.lumenline.provisioning.constants.PartnerEndpoints;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;

/**
 * Sends the "your number is live" SMS through the Bandwidth Messaging API.
 */
@Component
public class SmsGatewayClient {

    /** Short code-ish sender used for all provisioning notices. */
    static final String NOTICE_SENDER = "+19195550100";

    private final WebClient messaging;
    private final PartnerProperties partners;
    private final String messagingAccountId;

    public SmsGatewayClient(@Qualifier("messagingWebClient") WebClient messaging, PartnerProperties partners,
                            @Value("${lumenline.partners.messaging-account-id:5500321}")
                            String messagingAccountId) {
        this.messaging = messaging;
        this.partners = partners;
        this.messagingAccountId = messagingAccountId;
    }

    public Mono<String> sendNumberLiveNotice(String toE164, String liveNumberE164) {
        Map<String, Object> body = Map.of(
                "applicationId", partners.messagingApplicationId(),
                "from", NOTICE_SENDER,
                "to", List.of(toE164),
                "text", "Your new Lumenline number " + liveNumberE164 + " is ready to use.");
        return messaging.post()
                .uri(PartnerEndpoints.BW_MESSAGES_PATH, messagingAccountId)
                .bodyValue(body)
                .retrieve()
                .bodyToMono(String.class);
    }
}
