package com.kestrelvoice.numlife.partner;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Failover carrier used when Bandwidth has no inventory in a rate center. Their REST API happens
 * to look a lot like the Dashboard's.
 */
@Component
public class BackupCarrierClient {

    private final RestClient rest;
    private final String accountSid;

    public BackupCarrierClient(RestClient.Builder builder,
                               @Value("${kestrel.backup-carrier.account-sid:AC5e1f0c93d2b84a7f}") String accountSid) {
        this.rest = builder.clone().baseUrl("https://api.voxtrunk.net/v1").build();
        this.accountSid = accountSid;
    }

    public String searchLocal(String areaCode) {
        return rest.get()
                .uri(b -> b.path("/accounts/{sid}/availableNumbers").queryParam("areaCode", areaCode).queryParam("limit", 20).build(accountSid))
                .retrieve()
                .body(String.class);
    }

    public String emergencyAddresses() {
        return rest.get()
                .uri("https://api.voxtrunk.net/v1/accounts/{sid}/addresses", accountSid)
                .retrieve()
                .body(String.class);
    }

    public String buy(String e164) {
        return rest.post()
                .uri("/accounts/{sid}/numbers", accountSid)
                .body(Map.of("number", e164, "voiceUrl", "https://numbers.kestrelvoice.com/voice/inbound"))
                .retrieve()
                .body(String.class);
    }

    public String importForMessaging(String tn) {
        return rest.post()
                .uri("/accounts/{sid}/importTnOrders", accountSid)
                .body(Map.of("numbers", new String[] {tn}, "ticket", "2147483647"))
                .retrieve()
                .body(String.class);
    }
}
