package io.kestrelvoice.numbering.provisioning.notify;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Bandwidth's CPaaS APIs we use around provisioning: messaging (tell the customer their numbers
 * are live), MFA (confirm a port-out request) and number lookup (is the number wireless?).
 * None of these is the Dashboard; they have their own hosts, versions and credentials.
 */
@Component
public class BandwidthCpaasClient {

    /**
     * Bandwidth messaging and MFA APIs (separate products from the Dashboard, own credentials).
     */
    @ConfigurationProperties(prefix = "kestrel.messaging")
    public record MessagingProperties(
            String messagesUrl,
            String mfaUrl,
            String accountId,
            String applicationId,
            String fromNumber,
            String apiToken,
            String apiSecret) {
    }

    private static final String MESSAGES_URL = "https://messaging.bandwidth.com/api/v2/users/{accountId}/messages";
    private static final String LOOKUP_URL = "https://api.bandwidth.com/v2/accounts/%s/phoneNumberLookup";
    private static final String VOICE_CALLS_URL = "https://voice.bandwidth.com/api/v2/accounts/{accountId}/calls";
    private static final String TFV_WEBHOOKS_URL =
            "https://api.bandwidth.com/api/v2/accounts/{accountId}/tollFreeVerification/webhooks/subscriptions";

    private final RestClient restClient;
    private final RestClient mfaClient;
    private final MessagingProperties properties;

    public BandwidthCpaasClient(MessagingProperties properties) {
        this.properties = properties;
        this.restClient = RestClient.builder()
                .defaultHeaders(h -> h.setBasicAuth(properties.apiToken(), properties.apiSecret()))
                .build();
        this.mfaClient = RestClient.builder()
                .baseUrl("https://mfa.bandwidth.com/api/v1")
                .defaultHeaders(h -> h.setBasicAuth(properties.apiToken(), properties.apiSecret()))
                .build();
    }

    public void numbersLive(String contactNumber, List<String> numbers) {
        String text = "Your Kestrel Voice numbers are live: " + String.join(", ", numbers);
        restClient.post()
                .uri(MESSAGES_URL, properties.accountId())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "applicationId", properties.applicationId(),
                        "to", List.of(contactNumber),
                        "from", properties.fromNumber(),
                        "text", text))
                .retrieve()
                .toBodilessEntity();
    }

    public void sendPortOutCode(String to) {
        mfaClient.post()
                .uri("/accounts/{accountId}/code/sms", properties.accountId())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "to", to,
                        "from", properties.fromNumber(),
                        "applicationId", properties.applicationId(),
                        "scope", "port-out",
                        "message", "Your Kestrel Voice code is {CODE}",
                        "digits", 6))
                .retrieve()
                .toBodilessEntity();
    }

    public boolean verifyPortOutCode(String to, String code) {
        Map<?, ?> result = mfaClient.post()
                .uri("/accounts/{accountId}/code/verify", properties.accountId())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("to", to, "scope", "port-out", "expirationTimeInMinutes", 3, "code", code))
                .retrieve()
                .body(Map.class);
        return result != null && Boolean.TRUE.equals(result.get("verified"));
    }

    /** Test call to a freshly activated number; the call is answered by our IVR and hung up. */
    public void testCall(String e164Number, String answerUrl) {
        restClient.post()
                .uri(VOICE_CALLS_URL, properties.accountId())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "to", e164Number,
                        "from", properties.fromNumber(),
                        "applicationId", properties.applicationId(),
                        "answerUrl", answerUrl,
                        "callTimeout", 15))
                .retrieve()
                .toBodilessEntity();
    }

    /** Toll-free verification status changes are posted to the callbacks service. */
    public void subscribeTollFreeVerification(String callbackUrl) {
        restClient.post()
                .uri(TFV_WEBHOOKS_URL, properties.accountId())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("callbackUrl", callbackUrl))
                .retrieve()
                .toBodilessEntity();
    }

    public Map<?, ?> lookup(List<String> e164Numbers) {
        return restClient.post()
                .uri(String.format(LOOKUP_URL, properties.accountId()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("phoneNumbers", e164Numbers))
                .retrieve()
                .body(Map.class);
    }
}
