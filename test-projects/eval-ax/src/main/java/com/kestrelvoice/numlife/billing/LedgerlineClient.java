package com.kestrelvoice.numlife.billing;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Ledgerline, our invoicing provider. Billing addresses live there, not at Bandwidth.
 */
@Component
public class LedgerlineClient {

    private static final String BASE = "https://api.ledgerline.io/v1";

    private final RestClient rest;

    public LedgerlineClient(RestClient.Builder builder) {
        this.rest = builder.clone().baseUrl(BASE).build();
    }

    public String billingAddresses(String accountNumber) {
        return rest.get()
                .uri("/accounts/{accountId}/addresses", accountNumber)
                .retrieve()
                .body(String.class);
    }

    public String addUsage(String accountNumber, String tn, long seconds) {
        return rest.post()
                .uri(BASE + "/accounts/" + accountNumber + "/usage")
                .body(Map.of("line", tn, "seconds", seconds, "invoiceRef", 1718035200L))
                .retrieve()
                .body(String.class);
    }
}
