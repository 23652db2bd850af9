package com.lumenline.provisioning.partner;

import com.lumenline.provisioning.config.PartnerProperties;
import com.lumenline.provisioning.constants.PartnerEndpoints;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Fallback inventory when the Dashboard has nothing in an area code (Twilio, then Telnyx).
 */
@Component
public class TwilioFallbackSearchClient {

    private final RestTemplate restTemplate;
    private final PartnerProperties partners;

    public TwilioFallbackSearchClient(@Qualifier("plainRestTemplate") RestTemplate restTemplate,
                                      PartnerProperties partners) {
        this.restTemplate = restTemplate;
        this.partners = partners;
    }

    public String twilioLocal(int areaCode) {
        String url = UriComponentsBuilder.fromHttpUrl(PartnerEndpoints.TWILIO)
                .pathSegment("Accounts", partners.twilioAccountSid(), "AvailablePhoneNumbers", "US", "Local.json")
                .queryParam("AreaCode", areaCode)
                .queryParam("PageSize", 20)
                .toUriString();
        return restTemplate.getForObject(url, String.class);
    }

    public String telnyx(String areaCode) {
        return restTemplate.getForObject(PartnerEndpoints.TELNYX
                + "/available_phone_numbers?filter[country_code]=US&filter[national_destination_code]={areaCode}",
                String.class, areaCode);
    }
}
