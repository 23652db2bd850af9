package com.harborline.porting.partners;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Singleton;

import java.net.URI;

@Singleton
public class NumberLookupClient {

    private static final String LOOKUP_BASE = "https://api.bandwidth.com/v2/accounts/";
    private static final String TFV_BASE = "https://api.bandwidth.com/api/v2/accounts/";

    private final HttpClient http;

    public NumberLookupClient(@Client("https://api.bandwidth.com") HttpClient http) {
        this.http = http;
    }

    public String startLookup(String accountId, String e164) {
        URI uri = UriBuilder.of(LOOKUP_BASE + accountId + "/tnlookup").build();
        return http.toBlocking().retrieve(HttpRequest.POST(uri, "{\"tns\":[\"" + e164 + "\"]}"));
    }

    public String tollFreeWebhooks(String accountId) {
        return http.toBlocking().retrieve(TFV_BASE + accountId + "/tollFreeVerification/webhooks/subscriptions");
    }
}
