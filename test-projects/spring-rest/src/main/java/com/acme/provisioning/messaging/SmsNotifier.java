package com.acme.provisioning.messaging;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Map;

/** Sends order-confirmation texts through the Messaging API (not the Dashboard). */
@Component
public class SmsNotifier {
    private final RestTemplate rest;
    private final String baseUrl;
    private final String applicationId;

    public SmsNotifier(RestTemplate rest, @Value("${messaging.base-url}") String baseUrl,
                       @Value("${messaging.application-id}") String applicationId) {
        this.rest = rest;
        this.baseUrl = baseUrl;
        this.applicationId = applicationId;
    }

    public void confirm(String accountId, String to) {
        String url = UriComponentsBuilder.fromHttpUrl(baseUrl).path("/users/{accountId}/messages")
                .buildAndExpand(accountId).toUriString();
        rest.postForObject(url, Map.of("applicationId", applicationId, "to", to, "from", "+19195550142",
                "text", "Your new number is active"), String.class);
    }
}
