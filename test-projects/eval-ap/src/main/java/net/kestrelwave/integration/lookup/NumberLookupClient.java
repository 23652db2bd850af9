package net.kestrelwave.integration.lookup;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * Carrier / line-type lookup before we accept a port-in, and toll-free verification webhooks.
 */
@Component
public class NumberLookupClient {

    private final RestTemplate vendorRestTemplate;
    private final String accountId;

    public NumberLookupClient(@Qualifier("vendorRestTemplate") RestTemplate vendorRestTemplate,
                              @Value("${kestrel.lookup.account-id}") String accountId) {
        this.vendorRestTemplate = vendorRestTemplate;
        this.accountId = accountId;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> lookup(List<String> e164Numbers) {
        return vendorRestTemplate.postForObject("https://api.bandwidth.com/v2/accounts/{accountId}/phoneNumberLookup",
                Map.of("phoneNumbers", e164Numbers), Map.class, accountId);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> legacyTnLookup() {
        return vendorRestTemplate.postForObject("https://numbers.bandwidth.com/api/v1/accounts/{accountId}/tnlookup",
                Map.of("tns", List.of("9195550166")), Map.class, accountId);
    }

    public String registerTollFreeWebhook(String callbackUrl) {
        Map<String, Object> body = Map.of("callbackUrl", callbackUrl, "sharedSecretKey", System.getenv("TFV_SECRET"));
        return vendorRestTemplate.postForObject(
                "https://api.bandwidth.com/api/v2/accounts/{accountId}/tollFreeVerification/webhooks/subscriptions",
                body, String.class, accountId);
    }
}
