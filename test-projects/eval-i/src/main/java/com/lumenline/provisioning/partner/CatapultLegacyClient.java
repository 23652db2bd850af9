package com.lumenline.provisioning.partner;

import com.lumenline.provisioning.constants.PartnerEndpoints;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pre-2019 Catapult API, still serving the SMS-only tenants that never moved.
 */
@Component
public class CatapultLegacyClient {

    private final RestTemplate restTemplate;
    private final String catapultUserId;

    public CatapultLegacyClient(@Qualifier("plainRestTemplate") RestTemplate restTemplate,
                                @Value("${lumenline.partners.catapult-user-id:u-lumenline01}") String catapultUserId) {
        this.restTemplate = restTemplate;
        this.catapultUserId = catapultUserId;
    }

    public String localNumbers(String areaCode, int quantity) {
        String url = UriComponentsBuilder.fromHttpUrl(PartnerEndpoints.CATAPULT)
                .path(PartnerEndpoints.CATAPULT_LOCAL_NUMBERS)
                .queryParam("areaCode", areaCode)
                .queryParam("quantity", quantity)
                .buildAndExpand(catapultUserId)
                .toUriString();
        return restTemplate.getForObject(url, String.class);
    }

    public String userNumbers() {
        return restTemplate.getForObject("https://api.catapult.inetwork.com/v1/users/" + catapultUserId
                + "/phoneNumbers?size=1000", String.class);
    }
}
