package com.lumenline.provisioning.partner;

import java.util.List;
import java.util.Map;

import com.lumenline.provisioning.constants.PartnerEndpoints;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * Bandwidth Phone Number Lookup (v2), used to check the line type before a port-in.
 */
@Component
public class NumberLookupClient {

    private final RestTemplate restTemplate;

    public NumberLookupClient(@Qualifier("plainRestTemplate") RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    public String startLookup(String lookupAccountId, List<String> e164Numbers) {
        String url = PartnerEndpoints.BW_NUMBER_LOOKUP + "/accounts/" + lookupAccountId + "/phoneNumberLookup";
        return restTemplate.postForObject(url, Map.of("phoneNumbers", e164Numbers), String.class);
    }

    public String lookupResult(String lookupAccountId, String requestId) {
        return restTemplate.getForObject(PartnerEndpoints.BW_NUMBER_LOOKUP
                + "/accounts/{accountId}/phoneNumberLookup/{requestId}", String.class, lookupAccountId, requestId);
    }
}
