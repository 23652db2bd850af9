package com.bluepinenet.cdrpipeline.mfa;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/** Second factor for the ops CLI's destructive commands (disconnects, port-outs). */
@Component
public class OperatorMfaClient {

    private final RestTemplate rest;
    private final String accountId;
    private final String applicationId;

    public OperatorMfaClient(RestTemplateBuilder builder,
                             @Value("${mfa.account-id}") String accountId,
                             @Value("${mfa.application-id}") String applicationId,
                             @Value("${mfa.username}") String user,
                             @Value("${mfa.password}") String password) {
        this.rest = builder.basicAuthentication(user, password).build();
        this.accountId = accountId;
        this.applicationId = applicationId;
    }

    public void sendCode(String operatorNumber) {
        String url = UriComponentsBuilder.fromHttpUrl("https://mfa.bandwidth.com/api/v1")
                .path("/accounts/{accountId}/code/sms")
                .buildAndExpand(accountId)
                .toUriString();
        rest.postForObject(url, Map.of(
                "to", operatorNumber,
                "from", "+19195550150",
                "applicationId", applicationId,
                "scope", "ops-cli",
                "message", "Your Bluepine ops code is {CODE}",
                "digits", 6), String.class);
    }

    public boolean verify(String operatorNumber, String code) {
        Map<?, ?> result = rest.postForObject("https://mfa.bandwidth.com/api/v1/accounts/" + accountId + "/code/verify",
                Map.of("to", operatorNumber, "scope", "ops-cli", "expirationTimeInMinutes", 3, "code", code), Map.class);
        return result != null && Boolean.TRUE.equals(result.get("verified"));
    }
}
