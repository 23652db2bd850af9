package com.northwind.numbers.mfa;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Two-factor codes for the customer portal (Bandwidth MFA API; its v1 is not the Dashboard's v1).
 */
@Component
public class MfaClient {

    private final RestClient http;
    private final String accountId;

    public MfaClient(@Value("${bandwidth.mfa.base-url:https://mfa.bandwidth.com/api/v1}") String baseUrl,
                     @Value("${iris.account-id}") String accountId) {
        this.http = RestClient.builder().baseUrl(baseUrl).build();
        this.accountId = accountId;
    }

    public String sendCode(String toE164, String applicationId) {
        return http.post()
                .uri("https://mfa.bandwidth.com/api/v1/accounts/{accountId}/code/messaging", accountId)
                .body(Map.of("to", toE164, "from", "+19193384400", "applicationId", applicationId,
                        "scope", "portal", "digits", 6, "message", "Your code is {CODE}"))
                .retrieve()
                .body(String.class);
    }

    public String verify(String toE164, String code) {
        return http.post()
                .uri("/accounts/{accountId}/code/verify", accountId)
                .body(Map.of("to", toE164, "code", code, "expirationTimeInMinutes", 3))
                .retrieve()
                .body(String.class);
    }
}
