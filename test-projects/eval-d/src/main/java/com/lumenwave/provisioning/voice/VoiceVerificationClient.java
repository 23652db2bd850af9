package com.lumenwave.provisioning.voice;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Ownership verification for numbers customers bring to hosted messaging: either a
 * one-time code over Bandwidth MFA, or an outbound verification call over the Voice API.
 */
@Component
public class VoiceVerificationClient {

    private static final String MFA_CODE_URL = "https://mfa.bandwidth.com/api/v1/accounts/{accountId}/code/voice";
    private static final String VOICE_CALLS_URL = "https://voice.bandwidth.com/api/v2/accounts/{accountId}/calls";

    private final RestClient http;
    private final String accountId;
    private final String voiceApplicationId;
    private final String fromNumber;

    public VoiceVerificationClient(@Value("${bandwidth.voice.account-id}") String accountId,
                                   @Value("${bandwidth.voice.application-id}") String voiceApplicationId,
                                   @Value("${bandwidth.voice.from:+19198675309}") String fromNumber,
                                   @Value("${bandwidth.voice.api-token}") String token,
                                   @Value("${bandwidth.voice.api-secret}") String secret) {
        this.http = RestClient.builder().defaultHeaders(h -> h.setBasicAuth(token, secret)).build();
        this.accountId = accountId;
        this.voiceApplicationId = voiceApplicationId;
        this.fromNumber = fromNumber;
    }

    public String sendCode(String e164Number) {
        Map<String, Object> body = Map.of(
                "to", e164Number,
                "from", fromNumber,
                "applicationId", voiceApplicationId,
                "scope", "hosted-messaging",
                "message", "Your Lumenwave verification code is {CODE}",
                "digits", 6);
        return http.post()
                .uri(MFA_CODE_URL, accountId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(String.class);
    }

    public String placeVerificationCall(String e164Number, String answerUrl) {
        Map<String, Object> body = Map.of(
                "to", e164Number,
                "from", fromNumber,
                "applicationId", voiceApplicationId,
                "answerUrl", answerUrl,
                "callTimeout", 30);
        return http.post()
                .uri(VOICE_CALLS_URL, accountId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(String.class);
    }
}
