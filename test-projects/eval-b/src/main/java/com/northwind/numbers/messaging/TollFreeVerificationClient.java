package com.northwind.numbers.messaging;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Toll-free verification webhooks (Bandwidth's api.bandwidth.com, not the Dashboard).
 */
@Component
public class TollFreeVerificationClient {

    private final RestClient http = RestClient.create();
    private final String accountId;

    public TollFreeVerificationClient(@Value("${iris.account-id}") String accountId) {
        this.accountId = accountId;
    }

    public String webhookSubscriptions() {
        return http.get()
                .uri("https://api.bandwidth.com/api/v2/accounts/{accountId}/tollFreeVerification/webhooks/subscriptions",
                        accountId)
                .retrieve()
                .body(String.class);
    }

    public String lookup(String e164) {
        return http.post()
                .uri("https://api.bandwidth.com/v2/accounts/{accountId}/phoneNumberLookup", accountId)
                .body("{\"phoneNumbers\":[\"" + e164 + "\"]}")
                .retrieve()
                .body(String.class);
    }
}
