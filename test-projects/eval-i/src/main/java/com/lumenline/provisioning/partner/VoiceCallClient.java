package com.lumenline.provisioning.partner;

import java.util.Map;

import com.lumenline.provisioning.config.PartnerProperties;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Places the automated "test call" to a freshly provisioned number through Bandwidth Voice.
 */
@Component
public class VoiceCallClient {

    private final RestTemplate restTemplate;
    private final PartnerProperties partners;

    public VoiceCallClient(@Qualifier("plainRestTemplate") RestTemplate restTemplate, PartnerProperties partners) {
        this.restTemplate = restTemplate;
        this.partners = partners;
    }

    public String placeTestCall(String voiceAccountId, String fromE164, String toE164, String answerUrl) {
        String url = UriComponentsBuilder.fromHttpUrl(partners.voiceBaseUrl())
                .pathSegment("accounts", voiceAccountId, "calls")
                .toUriString();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        Map<String, String> body = Map.of(
                "from", fromE164,
                "to", toE164,
                "answerUrl", answerUrl,
                "applicationId", partners.messagingApplicationId());
        return restTemplate.postForObject(url, new HttpEntity<>(body, headers), String.class);
    }
}
