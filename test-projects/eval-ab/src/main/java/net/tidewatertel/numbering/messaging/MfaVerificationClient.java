package net.tidewatertel.numbering.messaging;

import java.util.Map;

import net.tidewatertel.numbering.config.BandwidthPlatformProperties;
import net.tidewatertel.numbering.support.PhoneNumbers;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Two-factor codes for the self-care portal, through Bandwidth MFA.
 */
@Component
public class MfaVerificationClient {

    private static final String SMS_CODE_PATH = "/accounts/{accountId}/code/sms";
    private static final String VERIFY_PATH = "/accounts/{accountId}/code/verify";

    private final RestClient restClient;
    private final BandwidthPlatformProperties platform;

    public MfaVerificationClient(RestClient.Builder builder, BandwidthPlatformProperties platform) {
        this.platform = platform;
        this.restClient = builder.clone()
                .baseUrl(platform.getMfaUrl())
                .defaultHeaders(h -> h.setBasicAuth(platform.getUsername(), platform.getPassword()))
                .build();
    }

    /** @param customerTn the number the customer typed at login, 10 digits */
    public void sendCode(String customerTn) {
        Map<String, Object> body = Map.of(
                "to", "+1" + PhoneNumbers.digits(customerTn),
                "from", platform.getNotificationFrom(),
                "applicationId", platform.getMessagingApplicationId(),
                "scope", "selfcare-login",
                "message", "Your Tidewater code is {CODE}",
                "digits", 6);
        restClient.post()
                .uri(SMS_CODE_PATH, platform.getPlatformAccountId())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity();
    }

    public boolean verify(String customerTn, String code) {
        Map<?, ?> result = restClient.post()
                .uri("https://mfa.bandwidth.com/api/v1/accounts/{accountId}/code/verify", platform.getPlatformAccountId())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("to", PhoneNumbers.toE164(customerTn), "scope", "selfcare-login", "code", code,
                        "expirationTimeInMinutes", 3))
                .retrieve()
                .body(Map.class);
        return result != null && Boolean.TRUE.equals(result.get("valid"));
    }

    static String verifyPath() {
        return VERIFY_PATH;
    }
}
