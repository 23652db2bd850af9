package com.bluepinenet.cdrpipeline.lookup;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/** Carrier lookups for off-net called numbers (CDR enrichment of terminating carrier). */
@Component
public class NumberLookupClient {

    private final RestTemplate rest;
    private final String accountId;

    public NumberLookupClient(RestTemplateBuilder builder,
                              @Value("${lookup.base-url:https://api.bandwidth.com/v2}") String baseUrl,
                              @Value("${lookup.account-id}") String accountId,
                              @Value("${lookup.username}") String user,
                              @Value("${lookup.password}") String password) {
        this.rest = builder.rootUri(baseUrl).basicAuthentication(user, password).build();
        this.accountId = accountId;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> lookup(List<String> e164Numbers) {
        return rest.postForObject("/accounts/{accountId}/phoneNumberLookup", Map.of("tns", e164Numbers), Map.class, accountId);
    }

    /** Lookup results carry the number as sent; we keep only the national part for the CDR key. */
    public String nationalKey(Map<String, Object> result) {
        String tn = String.valueOf(result.get("Phone Number"));
        return tn.length() == 12 ? tn.substring(2) : tn;
    }

    public void subscribeTollFreeVerification(String callbackUrl) {
        rest.postForObject("https://api.bandwidth.com/api/v2/accounts/{accountId}/tollFreeVerification/webhooks/subscriptions",
                Map.of("callbackUrl", callbackUrl), String.class, accountId);
    }
}
