package net.kestrelwave.integration.verification;

import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * Port-out protection: before we release a number we call the customer (Bandwidth Voice) or
 * text them a one-time code (Bandwidth MFA).
 */
@Component
public class PortProtectionClient {

    private static final String MFA_BASE = "https://mfa.bandwidth.com/api/v1/accounts/";

    private final RestTemplate vendorRestTemplate;
    private final String voiceAccount;
    private final String voiceApplicationId;
    private final String mfaAccount;
    private final String mfaApplicationId;

    public PortProtectionClient(@Qualifier("vendorRestTemplate") RestTemplate vendorRestTemplate,
                                @Value("${kestrel.voice.account-id}") String voiceAccount,
                                @Value("${kestrel.voice.application-id}") String voiceApplicationId,
                                @Value("${kestrel.mfa.account-id}") String mfaAccount,
                                @Value("${kestrel.mfa.application-id}") String mfaApplicationId) {
        this.vendorRestTemplate = vendorRestTemplate;
        this.voiceAccount = voiceAccount;
        this.voiceApplicationId = voiceApplicationId;
        this.mfaAccount = mfaAccount;
        this.mfaApplicationId = mfaApplicationId;
    }

    public String verificationCall(String toE164) {
        String json = """
                {
                  "from": "+19195550100",
                  "to": "%s",
                  "applicationId": "%s",
                  "answerUrl": "https://hooks.kestrelwave.net/carrier/api/v1/voice/answer",
                  "callTimeout": 30
                }
                """.formatted(toE164, voiceApplicationId);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return vendorRestTemplate.postForObject(String.format("https://voice.bandwidth.com/api/v2/accounts/%s/calls", voiceAccount),
                new HttpEntity<>(json, headers), String.class);
    }

    public String callStatus(String callId) {
        return vendorRestTemplate.getForObject("https://voice.bandwidth.com/api/v2/accounts/{accountId}/calls/{callId}", String.class,
                voiceAccount, callId);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> sendCode(String toE164) {
        Map<String, Object> request = Map.of(
                "to", toE164,
                "from", "+19195550100",
                "applicationId", mfaApplicationId,
                "scope", "port-out",
                "message", "Kestrel Wave port-out code: {CODE}",
                "digits", 6);
        return vendorRestTemplate.postForObject(MFA_BASE + mfaAccount + "/code/sms", request, Map.class);
    }

    @SuppressWarnings("unchecked")
    public boolean verifyCode(String toE164, String code) {
        Map<String, Object> request = Map.of(
                "to", toE164,
                "scope", "port-out",
                "expirationTimeInMinutes", 3,
                "code", code);
        Map<String, Object> result = vendorRestTemplate.postForObject("https://mfa.bandwidth.com/api/v1/accounts/{accountId}/code/verify",
                request, Map.class, mfaAccount);
        return result != null && Boolean.TRUE.equals(result.get("valid"));
    }
}
