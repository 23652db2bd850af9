package net.kestrelwave.integration.vendors;

import java.net.URI;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Number sources used when the Dashboard has no inventory in a rate center: the old Catapult
 * platform (two white-label customers still provision there), Twilio and Telnyx.
 */
@Component
public class FallbackNumberSources {

    private static final String CATAPULT_LOCAL = "https://api.catapult.inetwork.com/v1/users/%s/availableNumbers/local?areaCode=%s&quantity=%d";

    private final RestTemplate vendorRestTemplate;
    private final String catapultUserId;
    private final String twilioSid;
    private final String twilioToken;

    public FallbackNumberSources(@Qualifier("vendorRestTemplate") RestTemplate vendorRestTemplate,
                                 @Value("${kestrel.catapult.user-id}") String catapultUserId,
                                 @Value("${kestrel.twilio.account-sid}") String twilioSid,
                                 @Value("${kestrel.twilio.auth-token}") String twilioToken) {
        this.vendorRestTemplate = vendorRestTemplate;
        this.catapultUserId = catapultUserId;
        this.twilioSid = twilioSid;
        this.twilioToken = twilioToken;
    }

    public String catapultLocal(String areaCode, int quantity) {
        return vendorRestTemplate.getForObject(String.format(CATAPULT_LOCAL, catapultUserId, areaCode, quantity), String.class);
    }

    public String catapultLocalInCity(String areaCode, String city) {
        URI uri = UriComponentsBuilder.fromHttpUrl("https://api.catapult.inetwork.com/v1")
                .path("/users/{userId}/availableNumbers/local")
                .queryParam("areaCode", areaCode)
                .queryParam("city", city)
                .buildAndExpand(catapultUserId)
                .toUri();
        return vendorRestTemplate.getForObject(uri, String.class);
    }

    public String twilioLocal(int areaCode, int pageSize) {
        String url = String.format("https://api.twilio.com/2010-04-01/Accounts/%s/AvailablePhoneNumbers/US/Local.json?AreaCode=%d&PageSize=%d",
                twilioSid, areaCode, pageSize);
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(twilioSid, twilioToken);
        return vendorRestTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody();
    }

    public String telnyxLocal(String areaCode) {
        return vendorRestTemplate.getForObject(
                "https://api.telnyx.com/v2/available_phone_numbers?filter[national_destination_code]={ac}&filter[limit]=20",
                String.class, areaCode);
    }
}
