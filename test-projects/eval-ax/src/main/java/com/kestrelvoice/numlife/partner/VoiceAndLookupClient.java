package com.kestrelvoice.numlife.partner;

import com.kestrelvoice.numlife.config.PartnerApisProperties;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Voice API (verification calls for port-ins), number lookup and toll-free verification webhooks.
 */
@Component
@RequiredArgsConstructor
public class VoiceAndLookupClient {

    private final RestClient.Builder restClientBuilder;
    private final PartnerApisProperties partners;

    public String verificationCall(String accountId, String toE164) {
        String url = partners.getVoice().getBaseUrl() + "/accounts/" + accountId + "/calls";
        return restClientBuilder.build().post()
                .uri(url)
                .body(Map.of(
                        "to", toE164,
                        "from", "+19194240100",
                        "applicationId", partners.getVoice().getApplicationId(),
                        "answerUrl", "https://numbers.kestrelvoice.com/voice/port-verification"))
                .retrieve()
                .body(String.class);
    }

    public String callStatus(String accountId, String callId) {
        return restClientBuilder.build().get()
                .uri("https://voice.bandwidth.com/api/v2/accounts/{accountId}/calls/{callId}", accountId, callId)
                .retrieve()
                .body(String.class);
    }

    public String lookup(String accountId, List<String> e164Numbers) {
        String url = UriComponentsBuilder.fromHttpUrl(partners.getLookup().getBaseUrl())
                .path("/accounts/{accountId}/phoneNumberLookup")
                .buildAndExpand(accountId)
                .toUriString();
        return restClientBuilder.build().post()
                .uri(url)
                .body(Map.of("phoneNumbers", e164Numbers))
                .retrieve()
                .body(String.class);
    }

    public String tollFreeWebhooks(String accountId) {
        return restClientBuilder.build().get()
                .uri("https://api.bandwidth.com/api/v2/accounts/{accountId}/tollFreeVerification/webhooks/subscriptions", accountId)
                .retrieve()
                .body(String.class);
    }
}
