package com.lumenline.provisioning.partner;

import java.util.Map;

import com.lumenline.provisioning.constants.PartnerEndpoints;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Verifies that a customer controls a number they want to port, by voice code (Bandwidth MFA).
 */
@Component
public class MfaVerificationClient {

    private final RestTemplate restTemplate;

    public MfaVerificationClient(@Qualifier("plainRestTemplate") RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public String sendVoiceCode(String mfaAccountId, String applicationId, String toE164) {
        String url = UriComponentsBuilder.fromHttpUrl(PartnerEndpoints.BW_MFA)
                .path(PartnerEndpoints.BW_MFA_VOICE_CODE)
                .buildAndExpand(mfaAccountId)
                .toUriString();
        Map<String, Object> body = Map.of(
                "to", toE164,
                "from", "+19195550123",
                "applicationId", applicationId,
                "scope", "porting",
                "message", "Your Lumenline porting code is {CODE}",
                "digits", 6);
        return restTemplate.postForObject(url, body, String.class);
    }

    public String verify(String mfaAccountId, String toE164, String code) {
        String url = "https://mfa.bandwidth.com/api/v1/accounts/" + mfaAccountId + "/code/verify";
        return restTemplate.postForObject(url, Map.of("to", toE164, "scope", "porting", "code", code,
                "expirationTimeInMinutes", 3), String.class);
    }
}
