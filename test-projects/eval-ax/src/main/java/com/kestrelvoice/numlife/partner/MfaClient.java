package com.kestrelvoice.numlife.partner;

import com.kestrelvoice.numlife.config.PartnerApisProperties;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Bandwidth MFA, used when a customer confirms a port-out PIN change.
 */
@Component
@RequiredArgsConstructor
public class MfaClient {

    private static final String MFA_CODE_PATH = "https://mfa.bandwidth.com/api/v1/accounts/{accountId}/code/sms";
    private static final String MFA_VERIFY_PATH = "https://mfa.bandwidth.com/api/v1/accounts/{accountId}/code/verify";

    private final RestClient.Builder restClientBuilder;
    private final PartnerApisProperties partners;

    public String sendCode(String accountId, String toE164) {
        return restClientBuilder.build().post()
                .uri(MFA_CODE_PATH, accountId)
                .body(Map.of(
                        "to", toE164,
                        "from", "+19194240100",
                        "applicationId", partners.getMfa().getMessagingApplicationId(),
                        "scope", "port-out-pin",
                        "message", "Your Kestrel Voice code is {CODE}",
                        "digits", 6))
                .retrieve()
                .body(String.class);
    }

    public boolean verify(String accountId, String toE164, String code) {
        String result = restClientBuilder.build().post()
                .uri(MFA_VERIFY_PATH, accountId)
                .body(Map.of("to", toE164, "scope", "port-out-pin", "expirationTimeInMinutes", 3, "code", code))
                .retrieve()
                .body(String.class);
        return result != null && result.contains("\"valid\":true");
    }
}
